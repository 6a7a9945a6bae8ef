using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanctum.Core.Companion;
using Sanctum.Core.Patterns;
using Sanctum.Core.Persistence;

namespace Sanctum.IntegrationTests;

/// <summary>The companion's configuration, its knowledge base, and the context it reads: contents, trimming and cache invalidation.</summary>
[Collection(SanctumCollection.Name)]
public sealed class CompanionContextTests(SanctumFixture fixture)
{
    private const string Configuration = "/api/v1/companion/configuration";
    private const string Knowledge = "/api/v1/companion/knowledge";
    private const string Context = "/api/v1/companion/context";

    private static object ConfigurationBody(string[]? phrases = null) => new
    {
        tone = "supportive",
        pacing = "brief",
        dailyAffirmation = false,
        topicsToAvoid = new[] { " my ex ", "weight" },
        crisisPhrases = phrases,
        activeProtocols = new[] { "goodNight", "goodMorning" },
    };

    private static async Task<JsonElement> ContextOfAsync(TestUser user, int? budget = null) =>
        await (await user.Client.GetAsync(budget is null ? Context : $"{Context}?budget={budget}")).ReadAsync<JsonElement>();

    private static List<string> Lines(JsonElement context, string section) =>
        context.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == section)
            .GetProperty("lines").EnumerateArray().Select(l => l.GetString()!).ToList();

    private static Task<HttpResponseMessage> AddKnowledgeAsync(TestUser user, string category, string key, string value, string? confidence = null) =>
        user.Client.PostAsJsonAsync(Knowledge, new { category, key, value, confidence });

    [Fact]
    public async Task Configuration_starts_with_every_protocol_on_and_a_save_round_trips()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var defaults = await (await user.Client.GetAsync(Configuration)).ReadAsync<JsonElement>();
        Assert.Equal("balanced", defaults.GetProperty("tone").GetString());
        Assert.Equal("adaptive", defaults.GetProperty("pacing").GetString());
        Assert.True(defaults.GetProperty("dailyAffirmation").GetBoolean());
        Assert.Equal(["goodMorning", "goodNight", "moodShiftCapture", "skillSuggestion"],
            defaults.GetProperty("activeProtocols").EnumerateArray().Select(p => p.GetString()!));

        (await user.Client.PutAsJsonAsync(Configuration, ConfigurationBody(["the grey room"]))).EnsureSuccessStatusCode();
        var read = await (await user.Client.GetAsync(Configuration)).ReadAsync<JsonElement>();
        Assert.Equal("supportive", read.GetProperty("tone").GetString());
        Assert.Equal("brief", read.GetProperty("pacing").GetString());
        Assert.False(read.GetProperty("dailyAffirmation").GetBoolean());
        Assert.Equal(["my ex", "weight"], read.GetProperty("topicsToAvoid").EnumerateArray().Select(t => t.GetString()!));
        Assert.Equal(["goodMorning", "goodNight"], read.GetProperty("activeProtocols").EnumerateArray().Select(p => p.GetString()!));
        Assert.Equal(["the grey room"], read.GetProperty("crisisPhrases").EnumerateArray().Select(p => p.GetString()!));

        // Leaving the phrases out keeps them; the configuration row is audited like any personal record.
        (await user.Client.PutAsJsonAsync(Configuration, ConfigurationBody())).EnsureSuccessStatusCode();
        var kept = await (await user.Client.GetAsync(Configuration)).ReadAsync<JsonElement>();
        Assert.Equal(["the grey room"], kept.GetProperty("crisisPhrases").EnumerateArray().Select(p => p.GetString()!));
        await using var db = fixture.CreateDbContext();
        Assert.Contains(await db.AuditEvents.Where(a => a.SubjectUserId == user.Id).Select(a => a.EntityType).ToListAsync(), t => t == "companion_configuration");
    }

    public static TheoryData<string, string> InvalidConfigurations => new()
    {
        { "tone", """{"tone":"cheerful","pacing":"brief","dailyAffirmation":true,"activeProtocols":[]}""" },
        { "pacing", """{"tone":"clinical","dailyAffirmation":true,"activeProtocols":[]}""" },
        { "dailyAffirmation", """{"tone":"clinical","pacing":"brief","activeProtocols":[]}""" },
        { "activeProtocols", """{"tone":"clinical","pacing":"brief","dailyAffirmation":true}""" },
        { "activeProtocols", """{"tone":"clinical","pacing":"brief","dailyAffirmation":true,"activeProtocols":["goodNight","goodNight"]}""" },
        { "activeProtocols[0]", """{"tone":"clinical","pacing":"brief","dailyAffirmation":true,"activeProtocols":["lunch"]}""" },
        { "topicsToAvoid[1]", """{"tone":"clinical","pacing":"brief","dailyAffirmation":true,"activeProtocols":[],"topicsToAvoid":["work"," "]}""" },
        { "crisisPhrases[0]", """{"tone":"clinical","pacing":"brief","dailyAffirmation":true,"activeProtocols":[],"crisisPhrases":["?!"]}""" },
        { "crisisPhrases", """{"tone":"clinical","pacing":"brief","dailyAffirmation":true,"activeProtocols":[],"crisisPhrases":["static","Static"]}""" },
    };

    [Theory]
    [MemberData(nameof(InvalidConfigurations))]
    public async Task A_bad_configuration_is_a_400_naming_the_field(string field, string body)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        await (await user.Client.PutAsync(Configuration, content)).AssertBadRequestNamingAsync(field);
    }

    [Fact]
    public async Task Crisis_phrases_set_here_are_the_screeners_own_and_a_mood_note_with_one_gets_the_crisis_override()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        (await user.Client.PutAsJsonAsync(Configuration, ConfigurationBody(["the grey room"]))).EnsureSuccessStatusCode();

        var settings = await (await user.Client.GetAsync("/api/v1/safety/settings")).ReadAsync<JsonElement>();
        Assert.Equal(["the grey room"], settings.GetProperty("ownPhrases").EnumerateArray().Select(p => p.GetString()!));

        var shift = await user.Client.PostAsJsonAsync("/api/v1/mood/shifts",
            new { occurredAt = DateTimeOffset.UtcNow.AddMinutes(-1), currentState = "low", intensity = 5, notes = "Back in the grey room tonight" });
        Assert.Equal(HttpStatusCode.Created, shift.StatusCode);
        var crisis = (await shift.ReadAsync<JsonElement>()).GetProperty("crisis");
        Assert.Contains(crisis.GetProperty("risk").GetString(), new[] { "moderate", "high" });

        // And the other way: the safety page's edit shows here.
        (await user.Client.PutAsJsonAsync("/api/v1/safety/settings", new { ownPhrases = new[] { "static" }, crisisShiftsPerDay = 3 })).EnsureSuccessStatusCode();
        var configuration = await (await user.Client.GetAsync(Configuration)).ReadAsync<JsonElement>();
        Assert.Equal(["static"], configuration.GetProperty("crisisPhrases").EnumerateArray().Select(p => p.GetString()!));
    }

    [Fact]
    public async Task Knowledge_is_added_listed_by_category_corrected_and_deleted_by_its_owner_only()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var other = await fixture.Api.RegisterAndSignInAsync();

        var created = await AddKnowledgeAsync(user, "triggers", "mornings", "Calls with my mum before coffee", "inferred");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var entry = await created.ReadAsync<JsonElement>();
        var id = entry.GetProperty("id").GetGuid();
        Assert.Equal("inferred", entry.GetProperty("confidence").GetString());
        Assert.Equal($"{Knowledge}/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Created, (await AddKnowledgeAsync(user, "coping", "cold water", "TIPP helps within minutes")).StatusCode);

        var triggers = await (await user.Client.GetAsync($"{Knowledge}?category=triggers&pageSize=10")).ReadAsync<JsonElement>();
        Assert.Equal(1, triggers.GetProperty("totalCount").GetInt32());
        Assert.Equal("mornings", triggers.GetProperty("items")[0].GetProperty("key").GetString());
        var all = await (await user.Client.GetAsync(Knowledge)).ReadAsync<JsonElement>();
        Assert.Equal(["coping", "triggers"], all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("category").GetString()!));

        // The person correcting an inferred entry confirms it.
        var corrected = await user.Client.PutAsJsonAsync($"{Knowledge}/{id}", new { category = "triggers", key = "mornings", value = "Calls with my mum, any time" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var correctedEntry = await corrected.ReadAsync<JsonElement>();
        Assert.Equal("confirmed", correctedEntry.GetProperty("confidence").GetString());
        Assert.Equal("Calls with my mum, any time", correctedEntry.GetProperty("value").GetString());

        // An outdated entry edited without a confidence stays outdated.
        var old = await (await AddKnowledgeAsync(user, "preferences", "replies", "Long ones", "outdated")).ReadAsync<JsonElement>();
        var edited = await user.Client.PutAsJsonAsync($"{Knowledge}/{old.GetProperty("id").GetGuid()}", new { category = "preferences", key = "replies", value = "Long ones, mostly" });
        Assert.Equal("outdated", (await edited.ReadAsync<JsonElement>()).GetProperty("confidence").GetString());

        // What the person writes here is screened like any note.
        var hard = await AddKnowledgeAsync(user, "triggers", "nights", "I want to kill myself tonight");
        Assert.Equal(HttpStatusCode.Created, hard.StatusCode);
        Assert.Equal("high", (await hard.ReadAsync<JsonElement>()).GetProperty("crisis").GetProperty("risk").GetString());
        Assert.Equal(JsonValueKind.Null, correctedEntry.GetProperty("crisis").ValueKind);

        // One entry per category and key.
        await (await AddKnowledgeAsync(user, "triggers", "mornings", "again")).AssertBadRequestNamingAsync("key");
        Assert.Equal(HttpStatusCode.Created, (await AddKnowledgeAsync(user, "patterns", "mornings", "Low until ten")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"{Knowledge}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PutAsJsonAsync($"{Knowledge}/{id}", new { category = "triggers", key = "x", value = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.DeleteAsync($"{Knowledge}/{id}")).StatusCode);
        Assert.Equal(0, (await (await other.Client.GetAsync(Knowledge)).ReadAsync<JsonElement>()).GetProperty("totalCount").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"{Knowledge}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"{Knowledge}/{id}")).StatusCode);
        await using var db = fixture.CreateDbContext();
        var audited = await db.AuditEvents.Where(a => a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync();
        Assert.Equal(["created", "deleted", "updated"], audited.Order());
    }

    public static TheoryData<string, string> InvalidKnowledge => new()
    {
        { "category", """{"key":"k","value":"v"}""" },
        { "category", """{"category":"hobbies","key":"k","value":"v"}""" },
        { "key", """{"category":"coping","value":"v"}""" },
        { "value", """{"category":"coping","key":"k","value":" "}""" },
        { "confidence", """{"category":"coping","key":"k","value":"v","confidence":"sure"}""" },
        { "confidence", """{"category":"diagnosis","key":"k","value":"v","confidence":"inferred"}""" },
        { "confidence", """{"category":"diagnosis","key":"k","value":"v","confidence":"uncertain"}""" },
        { "learnedAt", """{"category":"coping","key":"k","value":"v","learnedAt":"2999-01-01T00:00:00Z"}""" },
    };

    [Theory]
    [MemberData(nameof(InvalidKnowledge))]
    public async Task A_bad_knowledge_entry_is_a_400_naming_the_field(string field, string body)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        await (await user.Client.PostAsync(Knowledge, content)).AssertBadRequestNamingAsync(field);
        await (await user.Client.GetAsync($"{Knowledge}?pageSize=0")).AssertBadRequestNamingAsync("pageSize");
        await (await user.Client.GetAsync($"{Knowledge}?category=hobbies")).AssertBadRequestNamingAsync("category");
        await (await user.Client.GetAsync($"{Context}?budget=10")).AssertBadRequestNamingAsync("budget");
    }

    [Fact]
    public async Task The_context_holds_confirmed_knowledge_first_the_last_day_of_mood_today_in_their_zone_and_open_flags_only()
    {
        // UTC+14: for most of the UTC day, the person's today is the UTC tomorrow.
        const string zoneId = "Pacific/Kiritimati";
        var user = await fixture.Api.RegisterAndSignInAsync(zoneId);
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zoneId)).DateTime);

        (await user.Client.PutAsJsonAsync("/api/v1/me/profile", new { displayName = "Sam", timeZone = zoneId, preferredName = "Sammy",
            companionName = "Wren", pronouns = "they/them", diagnoses = new[] { new { text = "bipolar II", icd10Code = "F31.81" } } })).EnsureSuccessStatusCode();
        (await AddKnowledgeAsync(user, "coping", "uncertain one", "Maybe music", "uncertain")).EnsureSuccessStatusCode();
        (await AddKnowledgeAsync(user, "triggers", "inferred one", "Late nights", "inferred")).EnsureSuccessStatusCode();
        (await AddKnowledgeAsync(user, "preferences", "old one", "Likes long replies", "outdated")).EnsureSuccessStatusCode();
        (await AddKnowledgeAsync(user, "triggers", "confirmed one", "Calls with my mum")).EnsureSuccessStatusCode();
        foreach (var (hoursAgo, state) in new[] { (25, "depressed"), (2, "elevated") })
            (await user.Client.PostAsJsonAsync("/api/v1/mood/shifts", new { occurredAt = DateTimeOffset.UtcNow.AddHours(-hoursAgo), currentState = state, intensity = 4 }))
                .EnsureSuccessStatusCode();
        (await user.Client.PutAsJsonAsync($"/api/v1/mood/baselines/{localToday:yyyy-MM-dd}/morning", new { morningMood = "stable", sleepHours = 7.5 })).EnsureSuccessStatusCode();
        (await user.Client.PutAsJsonAsync($"/api/v1/mood/baselines/{localToday.AddDays(-1):yyyy-MM-dd}/morning", new { morningMood = "low" })).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/api/v1/me/medications", new { name = "Lithium", dose = 400, unit = "mg", scheduleTimes = new[] { "08:00" }, active = true }))
            .EnsureSuccessStatusCode();
        await AddFlagsAsync(user.Id, ("open", FlagState.New), ("seen", FlagState.Acknowledged), ("talked over", FlagState.DiscussedWithProvider));
        (await AddKnowledgeAsync(user, "diagnosis", "from my psychiatrist", "Bipolar II")).EnsureSuccessStatusCode();
        await using (var db = fixture.CreateDbContext())
        {
            // As something other than the person might write it: a guess at a diagnosis never reaches the companion.
            db.KnowledgeEntries.Add(new KnowledgeEntry
            {
                UserId = user.Id, Category = KnowledgeCategory.Diagnosis, Key = "guessed", Value = "ADHD", Confidence = KnowledgeConfidence.Inferred,
                LearnedAt = DateTimeOffset.UtcNow, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var context = await ContextOfAsync(user);
        Assert.Equal(localToday.ToString("yyyy-MM-dd"), context.GetProperty("today").GetString());
        Assert.Equal(zoneId, context.GetProperty("timeZone").GetString());
        Assert.Equal(["safetyPlan", "profile", "configuration", "mood", "today", "knowledge", "flags"],
            context.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("key").GetString()!));

        Assert.Contains("Call them: Sammy", Lines(context, "profile"));
        Assert.Contains("Diagnoses, in their own words: bipolar II (F31.81)", Lines(context, "profile"));
        Assert.Equal(
            ["[confirmed] diagnosis / from my psychiatrist: Bipolar II", "[confirmed] triggers / confirmed one: Calls with my mum", "[inferred] triggers / inferred one: Late nights", "[uncertain] coping / uncertain one: Maybe music"],
            Lines(context, "knowledge"));
        var mood = Assert.Single(Lines(context, "mood"));
        Assert.Contains("elevated", mood);
        var today = Lines(context, "today");
        Assert.Contains("Morning check-in: slept 7.5 h, mood stable", today);
        Assert.DoesNotContain(today, l => l.Contains("mood low"));
        Assert.Contains("Lithium 400 mg due 08:00: not logged yet", today);
        var flag = Assert.Single(Lines(context, "flags"));
        Assert.Equal("[medium] A pattern to talk over: Flag open", flag);
        Assert.DoesNotContain("comorbidity", context.GetProperty("text").GetString());
        Assert.Equal(["They have not written a safety plan yet.",
                "Crisis lines: Call or text 988; Text HOME to 741741; Call 911 if you are in immediate danger"],
            Lines(context, "safetyPlan"));
        Assert.Contains("## Who they are", context.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_small_budget_trims_the_least_important_lines_but_never_the_safety_plan_or_profile()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        (await user.Client.PutAsJsonAsync("/api/v1/safety/plan", new
        {
            warningSigns = new[] { "Not sleeping for two nights" }, copingStrategies = new[] { "Cold water on my face" },
            distractions = Array.Empty<string>(), peopleToAsk = new[] { "My neighbour Pat" }, contactIds = Array.Empty<Guid>(),
            professionals = Array.Empty<string>(), providerIds = Array.Empty<Guid>(), safeEnvironment = Array.Empty<string>(),
        })).EnsureSuccessStatusCode();
        (await user.Client.PutAsJsonAsync(Configuration, ConfigurationBody())).EnsureSuccessStatusCode();
        for (var i = 0; i < 20; i++)
            (await AddKnowledgeAsync(user, "coping", $"skill {i:00}", new string('x', 150))).EnsureSuccessStatusCode();

        var whole = await ContextOfAsync(user, ContextSections.MaxBudget);
        Assert.Equal(20, Lines(whole, "knowledge").Count);

        var small = await ContextOfAsync(user, ContextSections.MinBudget);
        Assert.True(small.GetProperty("estimatedTokens").GetInt32() <= ContextSections.MinBudget, small.GetProperty("text").GetString());
        Assert.Equal(Lines(whole, "safetyPlan"), Lines(small, "safetyPlan"));
        Assert.Contains("Warning signs: Not sleeping for two nights", Lines(small, "safetyPlan"));
        Assert.Equal(Lines(whole, "profile"), Lines(small, "profile"));
        // A topic they asked the companion to avoid is never trimmed away.
        Assert.Contains("Topics to avoid: my ex; weight", Lines(small, "configuration"));
        // The lowest sections go first: the flags and what it knows before how they want to be spoken to.
        Assert.Equal(["flags", "knowledge"], small.GetProperty("leftOutSections").EnumerateArray().Take(2).Select(k => k.GetString()!));
        Assert.DoesNotContain("skill 00", small.GetProperty("text").GetString());

        // With room for some of it, the knowledge section keeps its first lines and says how many it left out.
        var middle = await ContextOfAsync(user, 600);
        var knowledge = middle.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "knowledge");
        Assert.True(knowledge.GetProperty("leftOut").GetInt32() > 0, middle.GetProperty("text").GetString());
        Assert.StartsWith("[confirmed] coping / skill 00", knowledge.GetProperty("lines")[0].GetString());
        Assert.Contains("more left out to keep this short", middle.GetProperty("text").GetString());
        Assert.True(middle.GetProperty("estimatedTokens").GetInt32() <= 600);
    }

    [Fact]
    public async Task The_safety_plan_in_the_context_has_every_step_the_linked_people_and_the_crisis_lines()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var provider = await (await user.Client.PostAsJsonAsync("/api/v1/me/providers", new { type = "psychiatrist", name = "Dr Okafor" })).ReadAsync<JsonElement>();
        (await user.Client.PutAsJsonAsync("/api/v1/safety/plan", new
        {
            warningSigns = new[] { "Not sleeping" }, copingStrategies = new[] { "Cold water" }, distractions = new[] { "The library" },
            peopleToAsk = new[] { "Pat" }, professionals = new[] { "The crisis team" }, providerIds = new[] { provider.GetProperty("id").GetGuid() },
            safeEnvironment = new[] { "Pills with my sister" }, mattersMost = "My daughter",
        })).EnsureSuccessStatusCode();

        Assert.Equal(
        [
            "Warning signs: Not sleeping",
            "Things they can do on their own: Cold water",
            "Distractions: The library",
            "People they can ask for help: Pat",
            "Professionals they can contact: The crisis team; Dr Okafor",
            "Crisis lines: Call or text 988; Text HOME to 741741; Call 911 if you are in immediate danger",
            "Making surroundings safe: Pills with my sister",
            "What matters most: My daughter",
        ], Lines(await ContextOfAsync(user), "safetyPlan"));

        // A provider's name is read from their record, so renaming them makes the context stale.
        (await user.Client.PutAsJsonAsync($"/api/v1/me/providers/{provider.GetProperty("id").GetGuid()}", new { type = "psychiatrist", name = "Dr Ada Okafor" }))
            .EnsureSuccessStatusCode();
        Assert.Contains("Professionals they can contact: The crisis team; Dr Ada Okafor", Lines(await ContextOfAsync(user), "safetyPlan"));
    }

    [Fact]
    public async Task With_Redis_unreachable_the_context_is_built_from_the_database_uncached()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        // A port nothing listens on; abortConnect=false gives a multiplexer whose every command fails, as when Redis is down.
        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200,asyncTimeout=200,syncTimeout=200");
        var cache = new ContextCache(redis, Microsoft.Extensions.Logging.Abstractions.NullLogger<ContextCache>.Instance);
        await using var db = fixture.CreateDbContext();

        var context = await new CompanionContextBuilder(db, cache, TimeProvider.System).BuildAsync(user.Id);
        Assert.False(context.FromCache);
        Assert.Contains(context.Sections, s => s.Key == ContextSections.SafetyPlan);
        await cache.InvalidateAsync([user.Id]);
    }

    [Fact]
    public async Task The_context_is_served_from_cache_until_one_of_its_inputs_changes()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        Assert.False((await ContextOfAsync(user)).GetProperty("fromCache").GetBoolean());
        Assert.True((await ContextOfAsync(user)).GetProperty("fromCache").GetBoolean());

        (await user.Client.PostAsJsonAsync("/api/v1/mood/shifts", new { occurredAt = DateTimeOffset.UtcNow.AddMinutes(-3), currentState = "anxious", intensity = 7 }))
            .EnsureSuccessStatusCode();
        var afterShift = await ContextOfAsync(user);
        Assert.False(afterShift.GetProperty("fromCache").GetBoolean());
        Assert.Contains("anxious", Assert.Single(Lines(afterShift, "mood")));

        (await user.Client.PutAsJsonAsync(Configuration, ConfigurationBody())).EnsureSuccessStatusCode();
        Assert.Contains("Tone: supportive; pacing: brief", Lines(await ContextOfAsync(user), "configuration"));
        (await AddKnowledgeAsync(user, "coping", "walks", "A walk round the block")).EnsureSuccessStatusCode();
        Assert.Contains("[confirmed] coping / walks: A walk round the block", Lines(await ContextOfAsync(user), "knowledge"));
        (await user.Client.PutAsJsonAsync("/api/v1/me/profile", new { displayName = "Sam", timeZone = "Asia/Tokyo" })).EnsureSuccessStatusCode();
        Assert.Equal("Asia/Tokyo", (await ContextOfAsync(user)).GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task A_flag_the_Workers_write_in_a_transaction_makes_the_context_stale_once_it_commits()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        Assert.Equal(["None."], Lines(await ContextOfAsync(user), "flags"));

        await using var workers = await fixture.StartWorkersAsync(user.Id, WorkersHost.NewKeyPrefix());
        using var scope = workers.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SanctumDbContext>();
        await db.OnePerPersonAsync("patterns", user.Id, async () =>
        {
            AddFlag(db, user.Id, await AddAnalysisAsync(db, user.Id), "from the Workers", FlagState.New);
            await db.SaveChangesAsync();
            // Saved but not committed: a context built now must not be cached as if it were current.
            Assert.Equal(["None."], Lines(await ContextOfAsync(user), "flags"));
            return true;
        }, CancellationToken.None);

        var context = await ContextOfAsync(user);
        Assert.False(context.GetProperty("fromCache").GetBoolean());
        Assert.Contains("Flag from the Workers", Assert.Single(Lines(context, "flags")));
    }

    private async Task AddFlagsAsync(Guid userId, params (string Name, FlagState State)[] flags)
    {
        await using var db = fixture.CreateDbContext();
        var analysisId = await AddAnalysisAsync(db, userId);
        foreach (var (name, state) in flags) AddFlag(db, userId, analysisId, name, state, FlagType.PotentialComorbidity);
        await db.SaveChangesAsync();
    }

    private static async Task<Guid> AddAnalysisAsync(SanctumDbContext db, Guid userId)
    {
        var analysis = new StoredAnalysis
        {
            UserId = userId, From = new DateOnly(2026, 9, 1), To = new DateOnly(2026, 11, 1), Status = AnalysisStatus.Done,
            RequestedAt = DateTimeOffset.UtcNow, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.PatternAnalyses.Add(analysis);
        await db.SaveChangesAsync();
        return analysis.Id;
    }

    private static void AddFlag(SanctumDbContext db, Guid userId, Guid analysisId, string name, FlagState state, FlagType type = FlagType.EscalationWarning) =>
        db.PatternFlags.Add(new StoredFlag
        {
            UserId = userId, AnalysisId = analysisId, Key = $"test:{name}", Type = type, Severity = FlagSeverity.Medium,
            Description = $"Flag {name}", State = state, FirstFoundAt = DateTimeOffset.UtcNow, LastFoundAt = DateTimeOffset.UtcNow,
            CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        });
}
