using Sanctum.Core.Reports;
using System.Globalization;
using Sanctum.Core.Dbt;

namespace Sanctum.Workers.Reports;

/// <summary>
/// For the person's therapist: the DBT diary cards week by week as the paper card lays them out, skills by module with
/// how well they worked, target behaviours as urge against act, and emotion trends.
/// </summary>
public static class TherapistReport
{
    public const string Title = "DBT diary card summary";

    public static void Write(ReportWriter writer, ReportFacts facts)
    {
        var cards = facts.Data.DiaryCards.Where(c => facts.Context.Contains(c.Date)).OrderBy(c => c.Date).ToList();
        var cardIds = cards.Select(c => c.Id).ToHashSet();
        var skills = facts.Data.SkillUses.Where(s => cardIds.Contains(s.DiaryCardId)).ToList();
        var dateOf = cards.ToDictionary(c => c.Id, c => c.Date);

        writer.Title(Title, $"For {facts.Data.DisplayName}'s therapist · {ReportWriter.Period(facts.Context)} · times in {facts.Data.Zone.Id}");
        writer.Text("Made from the diary cards the person filled in. Empty cells mean nothing was logged that day.", 8.5f, color: ReportWriter.Muted);

        writer.Heading("At a glance");
        var rated = skills.Where(s => s.Effectiveness is not null).ToList();
        var weeks = Weeks(facts, cards, skills);
        var behaviour = weeks.SelectMany(w => w.Behaviour).Where(b => facts.Context.Contains(b.Date)).ToList();
        string[][] glance =
        [
            ["Diary cards filled in", $"{cards.Count} of {facts.Context.Days} days"],
            ["Skills used", rated.Count == 0 ? $"{skills.Count}" : $"{skills.Count}, rated {rated.Average(s => s.Effectiveness!.Value):0.0}/10 on average"],
            ["Effective behaviours", $"{behaviour.Sum(b => b.EffectiveSkillUses)} skill uses rated {DiaryWeek.EffectiveSkillThreshold}+ and {behaviour.Sum(b => b.UrgesNotActedOn)} urges not acted on"],
            ["Ineffective behaviours (acts)", behaviour.Sum(b => b.Acts).ToString(CultureInfo.InvariantCulture)],
        ];
        writer.Table(["", "In this period"], [1.2f, 2f], glance, size: 8.5f);

        writer.Heading("Emotion trends", keep: 180);
        var emotions = DiaryWeek.StandardEmotions.Concat(cards.SelectMany(c => c.Emotions.Keys).Except(DiaryWeek.StandardEmotions).Distinct().Order())
            .Select(name => (name, (IReadOnlyDictionary<DateOnly, double>)cards.Where(c => c.Emotions.ContainsKey(name))
                .ToDictionary(c => c.Date, c => (double)c.Emotions[name])));
        writer.Chart(180, ReportCharts.DailyLines(facts.Context, emotions, 5.5, "rating (0-5)"));

        writer.Heading("Target behaviours: urge and act");
        var targets = cards.SelectMany(c => c.TargetBehaviours.Select(b => (c.Date, b.Name, b.Urge, b.Acted)))
            .Concat(cards.Where(c => c.SelfHarmUrge is not null || c.SelfHarmActed is not null)
                .Select(c => (c.Date, Name: "Self-harm", Urge: c.SelfHarmUrge ?? 0, Acted: c.SelfHarmActed == true)))
            .GroupBy(t => t.Name).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (targets.Count == 0) writer.Text("No target behaviours were logged in this period.");
        else
            writer.Table(["Behaviour", "Days logged", "Days with an urge", "Average urge (0-5)", "Highest urge", "Days acted on", "Dates acted on"],
                [1.3f, 0.7f, 0.8f, 0.8f, 0.7f, 0.7f, 1.6f],
                targets.Select(g => (IReadOnlyList<string>)
                [
                    g.Key, N(g.Count()), N(g.Count(t => t.Urge > 0)), g.Average(t => t.Urge).ToString("0.0", CultureInfo.InvariantCulture),
                    N(g.Max(t => t.Urge)), N(g.Count(t => t.Acted)), string.Join(", ", g.Where(t => t.Acted).Select(t => Short(t.Date))),
                ]));

        writer.Heading("Skills by module");
        if (skills.Count == 0) writer.Text("No skills were logged in this period.");
        else
            writer.Table(["Module", "Skill", "Uses", "Average help (1-10)", $"Rated {DiaryWeek.EffectiveSkillThreshold}+", "Dates used"],
                [1.3f, 1.1f, 0.5f, 0.8f, 0.6f, 2f],
                skills.GroupBy(s => (s.Module, s.Skill)).OrderBy(g => g.Key.Module).ThenBy(g => g.Key.Skill, StringComparer.Ordinal)
                    .Select(g => (IReadOnlyList<string>)
                    [
                        ModuleName(g.Key.Module), g.Key.Skill, N(g.Count()),
                        g.Any(s => s.Effectiveness is not null) ? g.Where(s => s.Effectiveness is not null).Average(s => s.Effectiveness!.Value).ToString("0.0", CultureInfo.InvariantCulture) : "not rated",
                        N(g.Count(s => s.Effectiveness >= DiaryWeek.EffectiveSkillThreshold)),
                        string.Join(", ", g.Select(s => dateOf[s.DiaryCardId]).Distinct().Order().Select(Short)),
                    ]));

        writer.Heading("Week by week");
        foreach (var week in weeks) WeekCard(writer, facts, week);
    }

    private static List<DiaryWeek> Weeks(ReportFacts facts, IReadOnlyCollection<DiaryCard> cards, IReadOnlyCollection<SkillUse> skills)
    {
        var weeks = new List<DiaryWeek>();
        for (var start = DiaryWeek.WeekStartOf(facts.Context.From); start <= facts.Context.To; start = start.AddDays(7))
            weeks.Add(DiaryWeek.Build(start, cards, skills));
        return weeks;
    }

    private static void WeekCard(ReportWriter writer, ReportFacts facts, DiaryWeek week)
    {
        writer.Subheading($"Week of {ReportFacts.Day(week.WeekStart)}");
        var inPeriod = week.Days.Select(facts.Context.Contains).ToList();
        string Cell(int i, string? value) => inPeriod[i] ? value ?? "" : "·";
        IReadOnlyList<string> Numbers(NumberRow row) => [row.Label, .. row.Days.Select((v, i) => Cell(i, v?.ToString("0.#", CultureInfo.InvariantCulture)))];
        IReadOnlyList<string> Flags(FlagRow row) => [row.Label, .. row.Days.Select((v, i) => Cell(i, v switch { true => "yes", false => "no", null => null }))];
        IReadOnlyList<string> Urges(UrgeRow row) => [$"{row.Label} (urge; A = acted)", .. row.Urges.Select((u, i) =>
            Cell(i, u is null && row.Acted[i] is null ? null : $"{u?.ToString(CultureInfo.InvariantCulture) ?? "–"}{(row.Acted[i] == true ? " A" : "")}"))];

        var rows = new List<IReadOnlyList<string>>();
        rows.AddRange(week.Emotions.Select(Numbers));
        rows.AddRange(week.TargetBehaviours.Select(Urges));
        rows.Add(Urges(week.SelfHarm));
        rows.Add(Numbers(week.SuicidalThoughts));
        rows.Add(Flags(week.SuicidalPlan));
        rows.AddRange(week.PleaseFlags.Select(Flags));
        rows.AddRange(week.PleaseAmounts.Select(Numbers));
        rows.Add(["Skills used", .. week.Days.Select((d, i) => Cell(i, SkillsOn(week, d)))]);
        rows.Add(["Effective / ineffective", .. week.Behaviour.Select((b, i) => Cell(i, b.Effective + b.Ineffective == 0 ? null : $"{b.Effective} / {b.Ineffective}"))]);
        writer.Table(["", .. week.Days.Select(d => d.ToString("ddd d", CultureInfo.InvariantCulture))], [2f, 1, 1, 1, 1, 1, 1, 1], rows, size: 7);

        var why = week.WhyNoSkills.Days.Select((text, i) => (Day: week.Days[i], Text: text)).Where(w => w.Text is { Length: > 0 }).ToList();
        foreach (var (day, text) in why) writer.Bullet($"No skills on {Short(day)}: {text}", 8);
    }

    private static string? SkillsOn(DiaryWeek week, DateOnly day)
    {
        var names = week.SkillsByModule.SelectMany(m => m.Uses).Where(u => u.Date == day)
            .Select(u => u.Effectiveness is { } e ? $"{u.Skill} {e}" : u.Skill).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    public static string ModuleName(DbtModule module) => module switch
    {
        DbtModule.DistressTolerance => "Distress tolerance",
        DbtModule.EmotionRegulation => "Emotion regulation",
        DbtModule.InterpersonalEffectiveness => "Interpersonal effectiveness",
        _ => "Mindfulness",
    };

    private static string Short(DateOnly date) => date.ToString("d MMM", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
