using Sanctum.Core.Reports;
using System.Globalization;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Safety;

namespace Sanctum.Workers.Reports;

/// <summary>For the person themselves: a short, plain summary of their period, addressed to them, with what helped.</summary>
public static class PersonalReport
{
    public const string Title = "Your summary";

    public static void Write(ReportWriter writer, ReportFacts facts)
    {
        var name = facts.Data.Profile?.PreferredName is { Length: > 0 } preferred ? preferred : facts.Data.DisplayName;
        writer.Title(Title, $"{name} · {ReportWriter.Period(facts.Context)}");
        writer.Text($"Here is what you noted in Sanctum over these {facts.Context.Days} days. It is your record, in your words and numbers; " +
                    "nothing here is a diagnosis. It may help to bring it to your next appointment.");

        writer.Heading("How your days went");
        writer.Bullet($"You logged something on {facts.LoggedDays} of {facts.Context.Days} days ({facts.LoggedShare}%), with {facts.Shifts.Count} mood shifts.");
        var states = facts.Shifts.GroupBy(s => s.CurrentState).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(4).ToList();
        if (states.Count > 0) writer.Bullet($"The states you noted most: {string.Join(", ", states.Select(g => $"{g.Key} ({g.Count()})"))}.");
        var sleep = facts.Days.Where(d => d.SleepHours is not null).Select(d => d.SleepHours!.Value).ToList();
        if (sleep.Count > 0) writer.Bullet($"You slept {sleep.Average():0.0} hours on average (between {sleep.Min():0.#} and {sleep.Max():0.#}).");
        var triggers = facts.Shifts.Where(s => s.Trigger is { Length: > 0 }).GroupBy(s => s.Trigger!.Trim().ToLowerInvariant())
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3).ToList();
        if (triggers.Count > 0) writer.Bullet($"What came up most before a shift: {string.Join(", ", triggers.Select(g => $"{g.Key} ({g.Count()})"))}.");
        writer.Chart(200, ReportCharts.LifeChart(facts));

        writer.Heading("What helped");
        var skills = facts.Data.SkillUses.Where(s => s.Effectiveness is not null && facts.Data.DiaryCards.Any(c => c.Id == s.DiaryCardId && facts.Context.Contains(c.Date)))
            .GroupBy(s => s.Skill).Select(g => (Skill: g.Key, Average: g.Average(s => s.Effectiveness!.Value), Uses: g.Count()))
            .OrderByDescending(s => s.Average).ThenBy(s => s.Skill, StringComparer.Ordinal).Take(3).ToList();
        foreach (var (skill, average, uses) in skills) writer.Bullet($"{skill}: used {uses} times, helped {average:0.0}/10 on average.");
        var episodeIds = facts.Episodes.Select(e => e.Id).ToHashSet();
        foreach (var help in facts.Data.Interventions.Where(i => episodeIds.Contains(i.EpisodeId) && i.Effectiveness >= 7).OrderBy(i => i.OccurredAt))
            writer.Bullet($"{ReportFacts.Day(facts.LocalDate(help.OccurredAt))}: {PsychiatristReport.InterventionName(help.Type)}{(help.WhoHelped is { Length: > 0 } who ? $" ({who})" : "")} helped {help.Effectiveness}/10.");
        if (skills.Count == 0 && !facts.Data.Interventions.Any(i => episodeIds.Contains(i.EpisodeId))) writer.Text("Nothing rated in this period yet.");

        writer.Heading("Medications");
        if (facts.Adherence.Scheduled == 0) writer.Text("No doses were due in this period.");
        foreach (var medication in facts.Medications)
            writer.Bullet($"{medication.Name}: {medication.Counts.Taken} of {medication.Counts.Scheduled} doses taken ({ReportFacts.Percent(medication.Counts.Percent)}).");

        writer.Heading("Check-ins");
        var responses = facts.Data.Questionnaires
            .Where(q => q.Instrument != Instrument.Cssrs && q.Score is not null && facts.Context.Contains(facts.LocalDate(q.CompletedAt)))
            .OrderBy(q => q.CompletedAt).ToList();
        if (responses.Count == 0) writer.Text("No questionnaires this period.");
        foreach (var q in responses)
        {
            var band = InstrumentCatalog.For(q.Instrument).Bands.FirstOrDefault(b => b.Key == q.Band)?.Wording ?? q.Band.Replace('_', ' ');
            writer.Bullet($"{ReportFacts.Day(facts.LocalDate(q.CompletedAt))}, {PsychiatristReport.InstrumentName(q.Instrument)}: " +
                          $"{q.Score!.Value.ToString("0.#", CultureInfo.InvariantCulture)} · {band}");
        }

        if (facts.Data.Flags.Count > 0)
        {
            writer.Heading("Worth talking over with your provider");
            foreach (var flag in facts.Data.Flags.OrderBy(f => f.Date)) writer.Bullet(flag.Description);
        }

        writer.Heading("If things feel unsafe", keep: 40);
        foreach (var resource in CrisisResources.All) writer.Bullet($"{resource.Name}: {resource.HowToReach}");
    }
}
