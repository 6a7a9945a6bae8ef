extern alias workers;

using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sanctum.Core.Exports;
using Sanctum.Core.Reports;
using workers::Sanctum.Workers.Exports;
using Task = System.Threading.Tasks.Task;

namespace Sanctum.IntegrationTests;

/// <summary>
/// Exports end to end through the outbox, the real Workers and Azurite: the job's life, the 15-minute link, the clean-up
/// after seven days, another person's export as 404, the JSON round trip, CSV, FHIR and the Daylio import.
/// </summary>
[Collection(SanctumCollection.Name)]
public sealed class ExportTests(SanctumFixture fixture)
{
    private const string Exports = "/api/v1/exports";

    [Fact]
    public async Task A_json_export_is_built_downloaded_through_a_short_link_hidden_from_others_and_removed_when_it_expires()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await AddRecordsAsync(user);
        await using var workers = await fixture.StartWorkersAsync(user.Id, WorkersHost.NewKeyPrefix());

        var requested = await user.Client.PostAsJsonAsync(Exports, new { kind = "json" });
        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        var id = (await requested.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/exports/{id}", requested.Headers.Location?.ToString());
        var done = await WaitForAsync(user, id, "done");
        Assert.True(done.GetProperty("sizeBytes").GetInt64() > 0);
        var expiresAt = done.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.Equal(done.GetProperty("finishedAt").GetDateTimeOffset() + TimeSpan.FromDays(7), expiresAt);

        var list = await user.Client.GetFromJsonAsync<JsonElement>($"{Exports}?pageSize=5", ApiClient.Json);
        Assert.Equal(id, list.GetProperty("items")[0].GetProperty("id").GetGuid());

        var link = await (await user.Client.GetAsync($"{Exports}/{id}/download")).ReadAsync<JsonElement>();
        var url = link.GetProperty("url").GetString()!;
        var linkExpires = link.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(linkExpires - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Contains("sp=r", url); // read only
        using var anonymous = new HttpClient();
        var file = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Contains("attachment", file.Content.Headers.ContentDisposition?.ToString());
        var document = JsonNode.Parse(await file.Content.ReadAsStringAsync())!;
        Assert.Equal(PersonalDataDocument.FormatName, document["format"]!.GetValue<string>());
        Assert.Equal(2, document["records"]!["mood_shifts"]!.AsArray().Count);

        // Without the signature, or past its time, Azurite refuses.
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(url.Split('?')[0])).StatusCode);

        await using (var db = fixture.CreateDbContext())
        {
            Assert.True(await db.AuditEvents.AnyAsync(a => a.SubjectUserId == user.Id && a.Action == "export_downloaded" && a.EntityId == id.ToString()));
        }

        var stranger = await fixture.Api.RegisterAndSignInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"{Exports}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"{Exports}/{id}/download")).StatusCode);
        Assert.Equal(0, (await stranger.Client.GetFromJsonAsync<JsonElement>(Exports, ApiClient.Json)).GetProperty("totalCount").GetInt32());

        // Seven days on, the clean-up deletes the file and the export says it expired.
        await using (var db = fixture.CreateDbContext())
        {
            var blobs = new BlobServiceClient(fixture.Host.GetConnectionString("blobs"));
            Assert.True(await ExportCleanup.RemoveExpiredAsync(db, blobs, expiresAt.AddMinutes(1), CancellationToken.None) >= 1);
        }

        Assert.Equal("expired", (await user.Client.GetFromJsonAsync<JsonElement>($"{Exports}/{id}", ApiClient.Json)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await user.Client.GetAsync($"{Exports}/{id}/download")).StatusCode);
    }

    [Fact]
    public async Task Requests_name_what_is_wrong_and_a_psychiatrist_report_downloads_as_a_pdf()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await (await user.Client.PostAsJsonAsync(Exports, new { kind = "poster" })).AssertBadRequestNamingAsync("kind");
        await (await user.Client.PostAsJsonAsync(Exports, new { kind = "1" })).AssertBadRequestNamingAsync("kind");
        await (await user.Client.PostAsJsonAsync(Exports, new { kind = "psychiatrist", to = "2026-11-01" })).AssertBadRequestNamingAsync("from");
        await (await user.Client.PostAsJsonAsync(Exports, new { kind = "fhir", from = "2026-11-01" })).AssertBadRequestNamingAsync("to");
        await (await user.Client.PostAsJsonAsync(Exports, new { kind = "fhir", from = "2026-11-02", to = "2026-11-01" })).AssertBadRequestNamingAsync("to");
        await (await user.Client.PostAsJsonAsync(Exports, new { kind = "therapist", from = "2024-12-01", to = "2026-01-01" })).AssertBadRequestNamingAsync("to");
        await (await user.Client.PostAsJsonAsync(Exports, new { kind = "therapist", from = "2099-01-01", to = "2099-01-02" })).AssertBadRequestNamingAsync("from");
        await (await user.Client.GetAsync($"{Exports}?pageSize=500")).AssertBadRequestNamingAsync("pageSize");

        // A valid request builds a real PDF, downloaded through its link.
        await AddRecordsAsync(user);
        await using var workers = await fixture.StartWorkersAsync(user.Id, WorkersHost.NewKeyPrefix());
        var pdf = await ExportBytesAsync(user, new { kind = "psychiatrist", from = "2026-11-01", to = "2026-11-28" });
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.Contains("%%EOF", Encoding.ASCII.GetString(pdf, pdf.Length - 8, 8));
    }

    [Fact]
    public async Task An_export_whose_building_keeps_failing_ends_failed_with_a_try_again_once_the_queue_gives_up()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await using var workers = await fixture.StartWorkersAsync(user.Id, WorkersHost.NewKeyPrefix(),
            new() { ["JobQueue:MaxAttempts"] = "2", ["JobQueue:FirstRetryDelay"] = "00:00:00.050" },
            builder => builder.ConfigureServices(services => services.AddSingleton<IReportRenderer, BrokenRenderer>()));

        var requested = await user.Client.PostAsJsonAsync(Exports, new { kind = "personal", from = "2026-11-01", to = "2026-11-28" });
        var failed = await WaitForAsync(user, (await requested.ReadAsync<JsonElement>()).GetProperty("id").GetGuid(), "failed");
        Assert.Equal(ExportHandler.GaveUpReason, failed.GetProperty("failureReason").GetString());
    }

    private sealed class BrokenRenderer : IReportRenderer
    {
        public Task<byte[]> RenderAsync(ReportKind kind, ReportData data, ReportContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The renderer fell over.");
    }

    [Fact]
    public async Task A_json_export_imported_into_a_new_account_exports_the_same_data_and_a_used_account_refuses_it()
    {
        var original = await fixture.Api.RegisterAndSignInAsync();
        await AddRecordsAsync(original);
        var copy = await fixture.Api.RegisterAndSignInAsync();
        await using var workers = await fixture.StartWorkersAsync(original.Id, WorkersHost.NewKeyPrefix());

        var exported = await ExportAsync(original, new { kind = "json" });
        Assert.Equal(HttpStatusCode.Conflict, (await original.Client.PostAsync("/api/v1/imports/json", Json(exported))).StatusCode);

        var imported = await copy.Client.PostAsync("/api/v1/imports/json", Json(exported));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(2, (await imported.ReadAsync<JsonElement>()).GetProperty("added").GetProperty("mood_shifts").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await copy.Client.PostAsync("/api/v1/imports/json", Json(exported))).StatusCode);

        var again = await ExportAsync(copy, new { kind = "json" });
        var (before, after) = (Comparable(exported), Comparable(again));
        foreach (var name in before.Keys) Assert.True(before[name].SequenceEqual(after[name]), $"{name} differs after the round trip.");
        Assert.Equal(before.Keys.Order(), after.Keys.Order());

        // References follow the new ids: the copy's safety plan names the copy's contact, its skill its own card.
        var records = JsonNode.Parse(again)!["records"]!;
        Assert.Equal(records["emergency_contacts"]![0]!["id"]!.GetValue<Guid>(), records["safety_plan_versions"]![0]!["contactIds"]![0]!.GetValue<Guid>());
        Assert.Equal(records["diary_cards"]![0]!["id"]!.GetValue<Guid>(), records["skill_uses"]![0]!["diaryCardId"]!.GetValue<Guid>());
        Assert.Equal(copy.Id, records["mood_shifts"]![0]!["userId"]!.GetValue<Guid>());
        Assert.True(records["diary_cards"]![0]!["isPrivate"]!.GetValue<bool>(), "The private mark survives the round trip.");
        Assert.Equal(["menstrual", "routine"], records["profile"]![0]!["trackers"]!.AsArray().Select(t => t!.GetValue<string>()));
        foreach (var tracker in new[] { "menstrual", "abandonment", "emotional_intensity", "relationships", "routines" })
            Assert.Single(records[tracker]!.AsArray());
        Assert.True(records["menstrual"]![0]!["isPrivate"]!.GetValue<bool>());
        Assert.Equal("TIPP helps within minutes", Assert.Single(records["knowledge"]!.AsArray())!["value"]!.GetValue<string>());
        foreach (var companion in new[] { "companion_sessions", "session_memories", "session_log", "conversation_proposals" })
            Assert.Single(records[companion]!.AsArray());
        Assert.Equal(records["companion_sessions"]![0]!["id"]!.GetValue<Guid>(), records["session_log"]![0]!["sessionId"]!.GetValue<Guid>());
        Assert.Equal(["work"], Assert.Single(records["companion_configurations"]!.AsArray())!["topicsToAvoid"]!.AsArray().Select(t => t!.GetValue<string>()));

        // Records that clash with each other (two entries for one day) are a 400 and nothing is kept.
        var clashing = JsonNode.Parse(exported)!;
        var day = clashing["records"]!["menstrual"]![0]!.DeepClone();
        day["id"] = Guid.NewGuid();
        clashing["records"]!["menstrual"]!.AsArray().Add(day);
        var third = await fixture.Api.RegisterAndSignInAsync();
        await (await third.Client.PostAsync("/api/v1/imports/json", Json(clashing.ToJsonString()))).AssertBadRequestNamingAsync("records");
        Assert.Equal(HttpStatusCode.OK, (await third.Client.PostAsync("/api/v1/imports/json", Json(exported))).StatusCode);

        await (await copy.Client.PostAsync("/api/v1/imports/json", Json("""{"format":"something-else","version":1,"exportedAt":"2026-01-01T00:00:00Z","account":{"email":"a@b.c","displayName":"A","timeZone":"UTC"},"records":{}}""")))
            .AssertBadRequestNamingAsync("format");
    }

    [Fact]
    public async Task Csv_is_one_file_per_record_type_and_fhir_parses_back_with_loinc_scores()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await AddRecordsAsync(user);
        await using var workers = await fixture.StartWorkersAsync(user.Id, WorkersHost.NewKeyPrefix());

        var zipBytes = await ExportBytesAsync(user, new { kind = "csv" });
        using var zip = new ZipArchive(new MemoryStream(zipBytes));
        Assert.Equal(PersonalData.Types.Select(t => $"{t.Name}.csv").Order(), zip.Entries.Select(e => e.FullName).Order());
        using var shifts = new StreamReader(zip.GetEntry("mood_shifts.csv")!.Open());
        var lines = (await shifts.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("id", lines[0].TrimStart('\uFEFF').Split(','));
        Assert.Contains("\"Argument, then a walk\"", string.Join('\n', lines));
        using var cards = new StreamReader(zip.GetEntry("diary_cards.csv")!.Open());
        var cardLines = (await cards.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var privateColumn = cardLines[0].TrimStart('\uFEFF').Split(',').ToList().IndexOf("isPrivate");
        Assert.True(privateColumn >= 0, cardLines[0]);
        Assert.Equal("true", cardLines[1].Split(',')[privateColumn]); // no cell of this card holds a comma

        var fhir = Encoding.UTF8.GetString(await ExportBytesAsync(user, new { kind = "fhir", from = "2026-11-01", to = "2026-11-29" }));
        var bundle = JsonSerializer.Deserialize<Bundle>(fhir, FhirExport.Json)!;
        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        var resources = bundle.Entry.Select(e => e.Resource).ToList();
        var score = Assert.Single(resources.OfType<Observation>(), o => o.Code.Coding.Any(c => c.System == FhirExport.Loinc && c.Code == "44261-6"));
        Assert.Equal(6m, Assert.IsType<Quantity>(score.Value).Value);
        var phq9 = Assert.Single(resources.OfType<Hl7.Fhir.Model.QuestionnaireResponse>());
        Assert.Equal(9, phq9.Item.Count);
        Assert.Equal($"urn:uuid:{phq9.Id}", score.DerivedFrom[0].Reference);
        Assert.Equal(2, resources.OfType<Observation>().Count(o => o.Code.Coding[0].Code == "mood-state"));
        Assert.Contains(resources.OfType<Observation>(), o => o.Code.Coding[0].Code == "93832-4" && (o.Value as Quantity)?.Value == 6.5m);
        var statement = Assert.Single(resources.OfType<MedicationStatement>());
        Assert.Equal("Lithium", ((CodeableConcept)statement.Medication).Text);
        Assert.Single(resources.OfType<Patient>());
    }

    [Fact]
    public async Task Private_records_stay_out_of_clinician_reports_and_fhir_but_not_out_of_the_persons_own_exports()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(timeZone: "UTC");
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        async Task<Guid> Send(HttpMethod method, string path, object body)
        {
            var response = await user.Client.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) });
            Assert.True(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
            return (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        // Before the period: a shared shift, then a private one (the report must carry the shared one over).
        await Send(HttpMethod.Post, "/api/v1/mood/shifts", new { occurredAt = now.AddDays(-40), currentState = "stable", intensity = 3 });
        await Send(HttpMethod.Post, "/api/v1/mood/shifts", new { occurredAt = now.AddDays(-39), currentState = "elevated", intensity = 6, isPrivate = true });
        var shared = await Send(HttpMethod.Post, "/api/v1/mood/shifts", new { occurredAt = now.AddDays(-3), currentState = "low", intensity = 6, trigger = "Rainy commute" });
        var hidden = await Send(HttpMethod.Post, "/api/v1/mood/shifts", new
        {
            occurredAt = now.AddHours(-2), currentState = "low", intensity = 8, trigger = "Payday worries", notes = "I want to kill myself tonight", isPrivate = true,
        });
        await Send(HttpMethod.Post, "/api/v1/episodes", new { type = "mania", startedAt = now.AddDays(-6), endedAt = now.AddDays(-5), trigger = "Festival weekend" });
        var hiddenEpisode = await Send(HttpMethod.Post, "/api/v1/episodes", new
        {
            type = "severeDepression", startedAt = now.AddDays(-9), endedAt = now.AddDays(-8), trigger = "Lost the flat", isPrivate = true,
        });
        var card = await Send(HttpMethod.Put, $"/api/v1/dbt/cards/{today:yyyy-MM-dd}", new { suicidalPlan = true, notes = "Card kept quiet", isPrivate = true });
        await Send(HttpMethod.Post, $"/api/v1/dbt/cards/{today:yyyy-MM-dd}/skills", new { module = "distressTolerance", skill = "TIPP" });

        // What a clinician's document reads, next to what the person's own report reads.
        await using (var db = fixture.CreateDbContext())
        {
            var (from, to) = (today.AddDays(-27), today);
            var clinician = await ReportSources.LoadAsync(db, user.Id, from, to, now, includePrivate: false, CancellationToken.None);
            var own = await ReportSources.LoadAsync(db, user.Id, from, to, now, includePrivate: true, CancellationToken.None);
            Assert.Equal(["stable", "low"], clinician.MoodShifts.Select(s => s.CurrentState));
            Assert.Equal(["elevated", "low", "low"], own.MoodShifts.Select(s => s.CurrentState));
            Assert.Equal("mania", Assert.Single(clinician.Episodes).Type.ToString().ToLowerInvariant());
            Assert.Equal(2, own.Episodes.Count);
            Assert.Empty(clinician.DiaryCards);
            Assert.Empty(clinician.SkillUses);
            Assert.Single(own.SkillUses);
            var raisedByHidden = own.SafetyEvents.Where(e => e.SourceEntityId == hidden || e.SourceEntityId == card).ToList();
            Assert.True(raisedByHidden.Count >= 2, "The private note and the private card each raise a safety event.");
            Assert.DoesNotContain(clinician.SafetyEvents, e => e.SourceEntityId == hidden || e.SourceEntityId == card);
        }

        await using var workers = await fixture.StartWorkersAsync(user.Id, WorkersHost.NewKeyPrefix());
        var period = new { from = today.AddDays(-27).ToString("yyyy-MM-dd"), to = today.ToString("yyyy-MM-dd") };
        static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();

        var psychiatrist = Squeezed(await PdfText.ReadAsync(await ExportBytesAsync(user, new { kind = "psychiatrist", period.from, period.to })));
        Assert.Contains("festivalweekend", psychiatrist);
        foreach (var secret in new[] { "Lost the flat", "Payday", "kill myself", "Card kept quiet", "Severe depression" })
            Assert.DoesNotContain(Squeezed(secret), psychiatrist);
        var therapist = Squeezed(await PdfText.ReadAsync(await ExportBytesAsync(user, new { kind = "therapist", period.from, period.to })));
        foreach (var secret in new[] { "lost the flat", "payday", "kill myself", "card kept quiet" }) Assert.DoesNotContain(Squeezed(secret), therapist);

        var fhir = await ExportAsync(user, new { kind = "fhir", period.from, period.to });
        Assert.Contains(shared.ToString(), fhir);
        Assert.Contains("Rainy commute", fhir);
        foreach (var secret in new[] { hidden.ToString(), hiddenEpisode.ToString(), "Payday", "kill myself", "Lost the flat" }) Assert.DoesNotContain(secret, fhir);

        // The person's own report and data keep everything, with the mark.
        var personal = Squeezed(await PdfText.ReadAsync(await ExportBytesAsync(user, new { kind = "personal", period.from, period.to })));
        Assert.Contains("paydayworries", personal);
        var records = JsonNode.Parse(await ExportAsync(user, new { kind = "json" }))!["records"]!;
        Assert.True(records["mood_shifts"]!.AsArray().Single(s => s!["id"]!.GetValue<Guid>() == hidden)!["isPrivate"]!.GetValue<bool>());
        Assert.True(records["episodes"]!.AsArray().Single(e => e!["id"]!.GetValue<Guid>() == hiddenEpisode)!["isPrivate"]!.GetValue<bool>());
        Assert.True(records["diary_cards"]![0]!["isPrivate"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_daylio_export_becomes_mood_shifts_once_and_unknown_moods_are_reported()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(timeZone: "America/New_York");
        const string daylio = """
            full_date,date,weekday,time,mood,activities,note_title,note
            2026-11-20,November 20,Friday,8:15 PM,rad,friends | music,,"Great gig, loud"
            2026-11-19,November 19,Thursday,07:30,awful,work,Rough,Slept badly<br>and late
            2026-11-18,November 18,Wednesday,12:00,sleepy,,,
            """;
        var first = await user.Client.PostAsync("/api/v1/imports/daylio", new StringContent(daylio, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var result = await first.ReadAsync<JsonElement>();
        Assert.True(result.GetProperty("imported").GetInt32() == 2, result.ToString());
        Assert.Equal(4, Assert.Single(result.GetProperty("problems").EnumerateArray()).GetProperty("line").GetInt32());

        var shifts = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/mood/shifts?from=2026-11-18&to=2026-11-22", ApiClient.Json);
        var items = shifts.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var awful = items.Single(s => s.GetProperty("currentState").GetString() == "depressed");
        Assert.Equal(DateTimeOffset.Parse("2026-11-19T12:30:00Z"), awful.GetProperty("occurredAt").GetDateTimeOffset());
        Assert.Equal("Rough\nSlept badly\nand late", awful.GetProperty("notes").GetString());
        var rad = items.Single(s => s.GetProperty("currentState").GetString() == "elevated");
        Assert.Equal(DateTimeOffset.Parse("2026-11-21T01:15:00Z"), rad.GetProperty("occurredAt").GetDateTimeOffset());
        Assert.Equal("friends, music", rad.GetProperty("activity").GetString());
        Assert.Equal("depressed", rad.GetProperty("previousState").GetString());

        using var form = new MultipartFormDataContent { { new StringContent(daylio), "file", "daylio_export.csv" } };
        var second = await (await user.Client.PostAsync("/api/v1/imports/daylio", form)).ReadAsync<JsonElement>();
        Assert.Equal(0, second.GetProperty("imported").GetInt32());
        Assert.Equal(2, second.GetProperty("alreadyThere").GetInt32());

        await (await user.Client.PostAsync("/api/v1/imports/daylio", new StringContent("a,b\n1,2", Encoding.UTF8, "text/csv"))).AssertBadRequestNamingAsync("file");
    }

    [Fact]
    public async Task Daylio_notes_from_the_last_day_are_screened_like_any_note_and_older_ones_are_kept_as_history()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(timeZone: "UTC");
        var recent = DateTime.UtcNow.AddHours(-1);
        var daylio = "full_date,time,mood,activities,note_title,note\n" +
                     $"{recent:yyyy-MM-dd},{recent:HH:mm},awful,,,I want to kill myself tonight\n" +
                     "2026-01-05,10:00,awful,,,I want to kill myself tonight\n";
        var imported = await (await user.Client.PostAsync("/api/v1/imports/daylio", new StringContent(daylio, Encoding.UTF8, "text/csv"))).ReadAsync<JsonElement>();
        Assert.Equal(2, imported.GetProperty("imported").GetInt32());
        Assert.Equal("high", imported.GetProperty("crisis").GetProperty("risk").GetString());

        await using var db = fixture.CreateDbContext();
        var recentShift = await db.MoodShifts.Where(s => s.UserId == user.Id).OrderByDescending(s => s.OccurredAt).FirstAsync();
        var safetyEvent = Assert.Single(await db.SafetyEvents.Where(e => e.UserId == user.Id).ToListAsync());
        Assert.Equal(recentShift.Id, safetyEvent.SourceEntityId);
    }

    /// <summary>A little of everything, with references between records (plan to contact, skill to card, dose to medication).</summary>
    private static async Task AddRecordsAsync(TestUser user)
    {
        async Task<Guid> Post(string path, object body)
        {
            var response = await user.Client.PostAsJsonAsync(path, body);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
            return (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        async Task Put(string path, object body)
        {
            var response = await user.Client.PutAsJsonAsync(path, body);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
        }

        await Put("/api/v1/me/profile", new { displayName = "Sam", timeZone = "Europe/London", preferredName = "Sam", pronouns = "they/them" });
        var contact = await Post("/api/v1/me/contacts", new { name = "Alex", relationship = "sister", email = "alex@example.org", phone = "+1 555 0100", alertsOptIn = true });
        var medication = await Post("/api/v1/me/medications", new { name = "Lithium", dose = 300, unit = "mg", scheduleTimes = new[] { "08:00", "20:00" }, startDate = "2026-10-01" });
        await Post($"/api/v1/medications/{medication}/doses", new { scheduledAt = "2026-11-20T08:00:00Z", takenAt = "2026-11-20T08:10:00Z", status = "taken" });
        await Post($"/api/v1/medications/{medication}/changes", new { date = "2026-11-01", type = "doseIncreased", oldDose = 200, newDose = 300 });
        await Post("/api/v1/mood/shifts", new { occurredAt = "2026-11-20T09:00:00Z", currentState = "low", intensity = 6, trigger = "Argument, then a walk", notes = "Quiet day" });
        await Post("/api/v1/mood/shifts", new { occurredAt = "2026-11-20T18:00:00Z", currentState = "stable", intensity = 4 });
        await Put("/api/v1/mood/baselines/2026-11-20/morning", new { sleepHours = 6.5, morningMood = "low", wakeTime = "07:00" });
        await Post("/api/v1/questionnaires/phq9", new { answers = new[] { 1, 1, 1, 1, 1, 1, 0, 0, 0 }, completedAt = "2026-11-21T10:00:00Z" });
        await Put("/api/v1/dbt/cards/2026-11-20", new { emotions = new Dictionary<string, int> { ["sadness"] = 3 }, medsAsPrescribed = true, isPrivate = true });
        await Post("/api/v1/dbt/cards/2026-11-20/skills", new { module = "distressTolerance", skill = "TIPP", effectiveness = 7 });
        await Put("/api/v1/safety/plan", new { warningSigns = new[] { "Not sleeping" }, contactIds = new[] { contact }, mattersMost = "My daughter" });
        await Put("/api/v1/trackers/settings", new { trackers = new[] { "menstrual", "routine" } });
        await Post("/api/v1/trackers/menstrual", new { date = "2026-11-20", cycleDay = 3, flow = "light", symptoms = new[] { "cramps" },
            drspRatings = new Dictionary<string, int> { ["irritable"] = 4 }, isPrivate = true });
        await Post("/api/v1/trackers/abandonment", new { occurredAt = "2026-11-20T20:00:00Z", triggerSituation = "No reply", fearIntensity = 7,
            thoughtPatterns = new[] { "They're leaving" } });
        await Post("/api/v1/trackers/emotional-intensity", new { occurredAt = "2026-11-20T21:00:00Z", emotion = "shame", intensity = 8, durationMinutes = 30 });
        await Post("/api/v1/trackers/relationships", new { occurredAt = "2026-11-21T10:00:00Z", person = "Jo", interaction = "Coffee", split = "idealise" });
        await Post("/api/v1/trackers/routines", new { date = "2026-11-21", type = "morning", completedSteps = new[] { "Meds" }, skippedSteps = new[] { "Walk" } });
        var session = await Post("/api/v1/companion/sessions", new { });
        foreach (var (path, body) in new (string, object)[] {
            ("/api/v1/companion/messages", new { text = "I just crashed after the call with my mum", sessionId = session }),
            ($"/api/v1/companion/sessions/{session}/end", new { summary = "Talked through the call" }) })
        {
            var response = await user.Client.PostAsJsonAsync(path, body);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
        }
        await Put("/api/v1/companion/configuration", new { tone = "supportive", pacing = "brief", dailyAffirmation = false, topicsToAvoid = new[] { "work" },
            activeProtocols = new[] { "goodNight" } });
        await Post("/api/v1/companion/knowledge", new { category = "coping", key = "cold water", value = "TIPP helps within minutes" });
    }

    private static async Task<JsonElement> WaitForAsync(TestUser user, Guid id, string status)
    {
        JsonElement export = default;
        await WorkersHost.WaitUntilAsync(async () =>
        {
            export = await user.Client.GetFromJsonAsync<JsonElement>($"{Exports}/{id}", ApiClient.Json);
            var now = export.GetProperty("status").GetString();
            Assert.True(now == status || now is "queued" or "running", $"Expected {status}, got {export}");
            return now == status;
        }, $"export {id} to be {status}");
        return export;
    }

    private static async Task<byte[]> ExportBytesAsync(TestUser user, object request)
    {
        var requested = await user.Client.PostAsJsonAsync(Exports, request);
        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        var id = (await requested.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        await WaitForAsync(user, id, "done");
        var link = await (await user.Client.GetAsync($"{Exports}/{id}/download")).ReadAsync<JsonElement>();
        using var anonymous = new HttpClient();
        return await anonymous.GetByteArrayAsync(link.GetProperty("url").GetString());
    }

    private static async Task<string> ExportAsync(TestUser user, object request) => Encoding.UTF8.GetString(await ExportBytesAsync(user, request));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Each type's records with ids, owners and bookkeeping times left out, sorted: the data, ids aside.</summary>
    private static Dictionary<string, List<string>> Comparable(string document)
    {
        var records = JsonNode.Parse(document)!["records"]!.AsObject();
        return records.ToDictionary(r => r.Key, r => r.Value!.AsArray().Select(record =>
        {
            var copy = record!.DeepClone().AsObject();
            foreach (var key in copy.Select(p => p.Key).ToList())
            {
                if (key is "id" or "userId" or "createdAt" or "updatedAt" || key.EndsWith("Id", StringComparison.Ordinal) || key.EndsWith("Ids", StringComparison.Ordinal))
                    copy.Remove(key);
            }

            return copy.ToJsonString();
        }).Order().ToList());
    }
}
