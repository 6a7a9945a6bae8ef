namespace Sanctum.Core.Dbt;

public sealed record NumberRow(string Label, IReadOnlyList<decimal?> Days);

public sealed record FlagRow(string Label, IReadOnlyList<bool?> Days);

public sealed record TextRow(string Label, IReadOnlyList<string?> Days);

/// <summary>A behaviour's urge (0-5) and whether it was acted on, day by day; either may be logged without the other.</summary>
public sealed record UrgeRow(string Label, IReadOnlyList<int?> Urges, IReadOnlyList<bool?> Acted);

public sealed record SkillOnDay(DateOnly Date, string Skill, string? Situation, int? Effectiveness);

public sealed record ModuleSkills(DbtModule Module, IReadOnlyList<SkillOnDay> Uses);

/// <summary>
/// One day's effective and ineffective behaviour. Effective: a skill use rated at least
/// <see cref="DiaryWeek.EffectiveSkillThreshold"/> of 10, and an urge (above 0) not acted on. Ineffective: an act on a
/// target behaviour or on a self-harm urge. A skill rated below the threshold counts as neither: trying a skill is
/// not a problem behaviour, it just didn't help much that time.
/// </summary>
public sealed record DayBehaviour(DateOnly Date, int EffectiveSkillUses, int UrgesNotActedOn, int Acts)
{
    public int Effective => EffectiveSkillUses + UrgesNotActedOn;
    public int Ineffective => Acts;
}

/// <summary>The paper diary card for one week, Monday to Sunday: each row holds seven day cells, null where nothing was logged.</summary>
public sealed record DiaryWeek(
    DateOnly WeekStart,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyList<NumberRow> Emotions,
    IReadOnlyList<UrgeRow> TargetBehaviours,
    UrgeRow SelfHarm,
    NumberRow SuicidalThoughts,
    FlagRow SuicidalPlan,
    IReadOnlyList<FlagRow> PleaseFlags,
    IReadOnlyList<NumberRow> PleaseAmounts,
    TextRow Substances,
    IReadOnlyList<ModuleSkills> SkillsByModule,
    TextRow WhyNoSkills,
    IReadOnlyList<DayBehaviour> Behaviour)
{
    /// <summary>A skill use rated this or higher (of 10) counts as effective.</summary>
    public const int EffectiveSkillThreshold = 6;

    /// <summary>The card's standard emotions, always shown first and in this order; a person's own follow alphabetically.</summary>
    public static readonly IReadOnlyList<string> StandardEmotions = ["sadness", "anxiety", "anger", "shame", "joy"];

    public static DateOnly WeekStartOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static DiaryWeek Build(DateOnly anyDateInWeek, IReadOnlyCollection<DiaryCard> cards, IReadOnlyCollection<SkillUse> skills)
    {
        var start = WeekStartOf(anyDateInWeek);
        var days = Enumerable.Range(0, 7).Select(start.AddDays).ToList();
        var byDay = days.Select(d => cards.SingleOrDefault(c => c.Date == d)).ToList();
        var dateOfCard = cards.ToDictionary(c => c.Id, c => c.Date);
        var weekSkills = skills.Where(s => dateOfCard.ContainsKey(s.DiaryCardId)).ToList();

        NumberRow Numbers(string label, Func<DiaryCard, decimal?> value) => new(label, byDay.Select(c => c is null ? null : value(c)).ToList());
        FlagRow Flags(string label, Func<DiaryCard, bool?> value) => new(label, byDay.Select(c => c is null ? null : value(c)).ToList());

        var ownEmotions = cards.SelectMany(c => c.Emotions.Keys).Except(StandardEmotions).Distinct().Order(StringComparer.Ordinal);
        var emotions = StandardEmotions.Concat(ownEmotions)
            .Select(name => Numbers(name, c => c.Emotions.TryGetValue(name, out var rating) ? rating : null))
            .ToList();

        var behaviourNames = cards.SelectMany(c => c.TargetBehaviours.Select(b => b.Name)).Distinct().Order(StringComparer.Ordinal);
        var targets = behaviourNames.Select(name =>
        {
            var logged = byDay.Select(c => c?.TargetBehaviours.FirstOrDefault(b => b.Name == name)).ToList();
            return new UrgeRow(name, logged.Select(b => b?.Urge).ToList(), logged.Select(b => b?.Acted).ToList());
        }).ToList();

        var skillsByModule = Enum.GetValues<DbtModule>().Select(module => new ModuleSkills(module, weekSkills
                .Where(s => s.Module == module)
                .OrderBy(s => dateOfCard[s.DiaryCardId]).ThenBy(s => s.CreatedAt)
                .Select(s => new SkillOnDay(dateOfCard[s.DiaryCardId], s.Skill, s.Situation, s.Effectiveness))
                .ToList()))
            .ToList();

        return new DiaryWeek(
            start,
            days,
            emotions,
            targets,
            new UrgeRow("Self-harm", byDay.Select(c => c?.SelfHarmUrge).ToList(), byDay.Select(c => c?.SelfHarmActed).ToList()),
            Numbers("Suicidal thoughts", c => c.SuicidalThoughts),
            Flags("Suicidal plan", c => c.SuicidalPlan),
            [Flags("Medication as prescribed", c => c.MedsAsPrescribed), Flags("Regular meals", c => c.RegularMeals)],
            [Numbers("Sleep (hours)", c => c.SleepHours), Numbers("Exercise (minutes)", c => c.ExerciseMinutes)],
            new TextRow("Alcohol, drugs or other substances", byDay.Select(c => c?.Substances).ToList()),
            skillsByModule,
            new TextRow("Why no skills were used", byDay.Select(c => c?.WhyNoSkills).ToList()),
            days.Select((day, i) => BehaviourOf(day, byDay[i], weekSkills)).ToList());
    }

    private static DayBehaviour BehaviourOf(DateOnly day, DiaryCard? card, IEnumerable<SkillUse> skills)
    {
        if (card is null) return new DayBehaviour(day, 0, 0, 0);
        var effectiveSkills = skills.Count(s => s.DiaryCardId == card.Id && s.Effectiveness >= EffectiveSkillThreshold);
        var urges = card.TargetBehaviours.Select(b => (Urge: (int?)b.Urge, Acted: b.Acted))
            .Append((Urge: card.SelfHarmUrge, Acted: card.SelfHarmActed == true))
            .ToList();
        return new DayBehaviour(day, effectiveSkills, urges.Count(u => u.Urge > 0 && !u.Acted), urges.Count(u => u.Acted));
    }
}
