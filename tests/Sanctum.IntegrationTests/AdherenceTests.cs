using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class AdherenceTests(SanctumFixture fixture)
{
    /// <summary>Every record kept about one medication, with a valid body, an edit and bad bodies naming their field.</summary>
    public sealed record MedicationRecordKind(string Path, object Valid, object Edited, string EditedField, string EditedValue, (string Field, object Body)[] Invalid)
    {
        public override string ToString() => Path;
    }

    private static readonly MedicationRecordKind Doses = new("doses",
        new { scheduledAt = "2026-11-20T13:00:00Z", takenAt = "2026-11-20T13:10:00Z", status = "taken" },
        new { scheduledAt = "2026-11-20T13:00:00Z", status = "missed", reason = "Left them at home" },
        "status", "missed",
        [
            ("takenAt", new { scheduledAt = "2026-11-20T13:00:00Z", status = "taken" }),
            ("takenAt", new { scheduledAt = "2026-11-20T13:00:00Z", takenAt = "2026-11-20T13:10:00Z", status = "skipped" }),
            ("status", new { scheduledAt = "2026-11-20T13:00:00Z", status = "forgotten" }),
            ("scheduledAt", new { status = "missed" }),
        ]);

    private static readonly MedicationRecordKind SideEffects = new("side-effects",
        new { occurredAt = "2026-11-18T09:00:00Z", effect = "Hand tremor", severity = 4, durationHours = 3, actionTaken = "Told Dr. Rivera" },
        new { occurredAt = "2026-11-18T09:00:00Z", effect = "Hand tremor", severity = 6 },
        "severity", "6",
        [
            ("severity", new { occurredAt = "2026-11-18T09:00:00Z", effect = "Tremor", severity = 11 }),
            ("severity", new { occurredAt = "2026-11-18T09:00:00Z", effect = "Tremor" }),
            ("effect", new { occurredAt = "2026-11-18T09:00:00Z", effect = "", severity = 2 }),
            ("durationHours", new { occurredAt = "2026-11-18T09:00:00Z", effect = "Tremor", severity = 2, durationHours = -1 }),
        ]);

    private static readonly MedicationRecordKind Changes = new("changes",
        new { date = "2026-11-01", type = "doseIncreased", oldDose = 100, newDose = 150, prescriber = "Dr. Rivera", reason = "Still low" },
        new { date = "2026-11-01", type = "doseIncreased", oldDose = 100, newDose = 200 },
        "newDose", "200",
        [
            ("type", new { date = "2026-11-01", type = "paused" }),
            ("newDose", new { date = "2026-11-01", type = "doseIncreased", oldDose = 200, newDose = 100 }),
            ("date", new { type = "started" }),
        ]);

    public static TheoryData<MedicationRecordKind> Kinds => [Doses, SideEffects, Changes];

    private static async Task<Guid> AddMedicationAsync(TestUser user, string startDate = "2026-10-01", string[]? times = null)
    {
        var created = await user.Client.PostAsJsonAsync("/api/v1/me/medications",
            new { name = "Lithium", dose = 300, unit = "mg", scheduleTimes = times ?? ["08:00", "20:00"], startDate });
        return (await created.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Records_of_a_medication_are_created_read_edited_listed_deleted_and_audited(MedicationRecordKind kind)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var medicationId = await AddMedicationAsync(user);
        var path = $"/api/v1/medications/{medicationId}/{kind.Path}";

        var created = await user.Client.PostAsJsonAsync(path, kind.Valid);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal($"{path}/{id}", created.Headers.Location?.OriginalString);

        var edited = await user.Client.PutAsJsonAsync($"{path}/{id}", kind.Edited);
        Assert.Equal(kind.EditedValue, (await edited.ReadAsync<JsonElement>()).GetProperty(kind.EditedField).ToString());
        var list = await user.Client.GetFromJsonAsync<JsonElement>($"{path}?pageSize=5");
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync($"{path}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"{path}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"{path}/{id}")).StatusCode);

        await using var db = fixture.CreateDbContext();
        var actions = await db.AuditEvents.Where(a => a.EntityId == id.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["created", "updated", "deleted"], actions);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Another_persons_medication_or_record_answers_404(MedicationRecordKind kind)
    {
        var owner = await fixture.Api.RegisterAndSignInAsync();
        var stranger = await fixture.Api.RegisterAndSignInAsync();
        var medicationId = await AddMedicationAsync(owner);
        var strangersMedication = await AddMedicationAsync(stranger);
        var path = $"/api/v1/medications/{medicationId}/{kind.Path}";
        var id = (await (await owner.Client.PostAsJsonAsync(path, kind.Valid)).ReadAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PostAsJsonAsync(path, kind.Valid)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"{path}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PutAsJsonAsync($"{path}/{id}", kind.Edited)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.DeleteAsync($"{path}/{id}")).StatusCode);
        // The record under the stranger's own medication id is still not theirs.
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/api/v1/medications/{strangersMedication}/{kind.Path}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/api/v1/medications/{medicationId}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync($"{path}/{id}")).StatusCode);
    }

    public static TheoryData<MedicationRecordKind, string, int> InvalidCases()
    {
        var data = new TheoryData<MedicationRecordKind, string, int>();
        foreach (var kind in new[] { Doses, SideEffects, Changes })
        {
            for (var i = 0; i < kind.Invalid.Length; i++) data.Add(kind, kind.Invalid[i].Field, i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public async Task Bad_input_answers_400_naming_the_field(MedicationRecordKind kind, string field, int caseIndex)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var medicationId = await AddMedicationAsync(user);
        var path = $"/api/v1/medications/{medicationId}/{kind.Path}";
        await (await user.Client.PostAsJsonAsync(path, kind.Invalid[caseIndex].Body)).AssertBadRequestNamingAsync(field);
        var list = await user.Client.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_timeline_lists_changes_and_side_effects_oldest_first()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var medicationId = await AddMedicationAsync(user);
        var path = $"/api/v1/medications/{medicationId}";
        await user.Client.PostAsJsonAsync($"{path}/side-effects", new { occurredAt = "2026-11-18T09:00:00Z", effect = "Tremor", severity = 4 });
        await user.Client.PostAsJsonAsync($"{path}/changes", new { date = "2026-11-20", type = "doseDecreased", oldDose = 300, newDose = 200 });
        await user.Client.PostAsJsonAsync($"{path}/changes", new { date = "2026-10-01", type = "started", newDose = 300 });

        var timeline = await user.Client.GetFromJsonAsync<JsonElement>($"{path}/timeline");

        Assert.Equal(["change", "sideEffect", "change"], timeline.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("started", timeline[0].GetProperty("change").GetProperty("type").GetString());
        Assert.Equal("Tremor", timeline[1].GetProperty("sideEffect").GetProperty("effect").GetString());
        Assert.Equal("2026-11-20", timeline[2].GetProperty("date").GetString());
    }

    [Fact]
    public async Task Adherence_counts_scheduled_taken_missed_skipped_and_unlogged_doses()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        var medicationId = await AddMedicationAsync(user, startDate: "2026-11-10");
        var doses = $"/api/v1/medications/{medicationId}/doses";
        // 08:00 and 20:00 in New York (EST) are 13:00 and 01:00 UTC.
        await user.Client.PostAsJsonAsync(doses, new { scheduledAt = "2026-11-10T13:00:00Z", takenAt = "2026-11-10T13:05:00Z", status = "taken" });
        await user.Client.PostAsJsonAsync(doses, new { scheduledAt = "2026-11-10T08:00:00-05:00", status = "taken", takenAt = "2026-11-10T08:30:00-05:00" });
        await user.Client.PostAsJsonAsync(doses, new { scheduledAt = "2026-11-11T01:00:00Z", status = "missed", reason = "Fell asleep" });
        await user.Client.PostAsJsonAsync(doses, new { scheduledAt = "2026-11-11T13:00:00Z", status = "skipped" });

        var report = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/medications/adherence?from=2026-11-09&to=2026-11-11");

        // The 9th is before the start date; the 10th and 11th have two doses each; the two logs of one dose count once.
        var overall = report.GetProperty("overall");
        Assert.Equal(4, overall.GetProperty("scheduled").GetInt32());
        Assert.Equal(1, overall.GetProperty("taken").GetInt32());
        Assert.Equal(1, overall.GetProperty("missed").GetInt32());
        Assert.Equal(1, overall.GetProperty("skipped").GetInt32());
        Assert.Equal(1, overall.GetProperty("unlogged").GetInt32());
        Assert.Equal(25m, overall.GetProperty("percent").GetDecimal());
        var lithium = Assert.Single(report.GetProperty("medications").EnumerateArray());
        Assert.Equal(medicationId, lithium.GetProperty("medicationId").GetGuid());

        var stranger = await fixture.Api.RegisterAndSignInAsync();
        var strangers = await stranger.Client.GetFromJsonAsync<JsonElement>("/api/v1/medications/adherence?from=2026-11-09&to=2026-11-11");
        Assert.Equal(0, strangers.GetProperty("overall").GetProperty("scheduled").GetInt32());
    }

    [Fact]
    public async Task Todays_doses_list_each_scheduled_time_with_its_log()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var medicationId = await AddMedicationAsync(user, startDate: "2026-01-01");

        var today = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/medications/doses/today");
        var doses = today.GetProperty("doses");
        Assert.Equal(["08:00", "20:00"], doses.EnumerateArray().Select(d => d.GetProperty("localTime").GetString()));
        var scheduledAt = doses[0].GetProperty("scheduledAt").GetDateTimeOffset();
        await user.Client.PostAsJsonAsync($"/api/v1/medications/{medicationId}/doses", new { scheduledAt, status = "taken", takenAt = scheduledAt });

        var after = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/medications/doses/today");
        Assert.Equal("taken", after.GetProperty("doses")[0].GetProperty("log").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("doses")[1].GetProperty("log").ValueKind);
    }

    /// <summary>With only from given, the period ends today, and the year-and-a-day limit applies to that filled-in period.</summary>
    [Fact]
    public async Task Only_from_ends_the_period_today_within_the_limit()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(timeZone: "UTC");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var longest = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/medications/adherence?from={today.AddDays(-365):yyyy-MM-dd}");
        Assert.Equal(today.ToString("yyyy-MM-dd"), longest.GetProperty("to").GetString());
        await (await user.Client.GetAsync($"/api/v1/medications/adherence?from={today.AddDays(-366):yyyy-MM-dd}")).AssertBadRequestNamingAsync("from");
    }

    [Theory]
    [InlineData("/api/v1/medications/adherence?from=2026-11-10&to=2026-11-01", "to")]
    [InlineData("/api/v1/medications/adherence?from=2025-01-01&to=2026-11-01", "from")]
    [InlineData("/api/v1/medications/adherence?from=2000-01-01", "from")]
    [InlineData("/api/v1/medications/adherence?from=2999-01-01", "from")]
    [InlineData("/api/v1/medications/adherence?from=soon", "from")]
    public async Task Bad_periods_answer_400(string url, string field)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await (await user.Client.GetAsync(url)).AssertBadRequestNamingAsync(field);
    }
}
