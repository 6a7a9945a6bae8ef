using Sanctum.Core.Companion;
using Sanctum.Core.Mood;

namespace Sanctum.UnitTests.Companion;

public sealed class ProtocolEngineTests
{
    private static readonly ProtocolContext Morning = new(new DateTime(2026, 11, 30, 8, 5, 0),
        [new ProtocolMedication("lithium", new TimeOnly(8, 0)), new ProtocolMedication("quetiapine", new TimeOnly(21, 0))],
        Enum.GetValues<CompanionProtocol>());

    private static ProtocolTurn Converse(ProtocolContext context, params string[] messages)
    {
        var turn = new ProtocolTurn("", new ProtocolState(), []);
        foreach (var message in messages)
            turn = ProtocolEngine.Respond(message, ProtocolState.FromJson(turn.State.ToJson()), context);
        return turn;
    }

    [Fact]
    public void A_protocol_turned_off_is_never_started_or_offered()
    {
        var nightOnly = Morning with { Active = [CompanionProtocol.GoodNight] };

        var morning = Converse(nightOnly, "Good morning");
        Assert.Null(morning.State.Protocol);
        Assert.Empty(morning.Actions);

        var shift = Converse(nightOnly, "I just crashed after the call with my mum, I can't cope");
        Assert.Empty(shift.Actions);
        Assert.Null(shift.Need);

        Assert.Equal(ProtocolState.Evening, Converse(nightOnly, "good night").State.Protocol);
    }

    [Fact]
    public void Good_morning_greets_with_the_local_time_and_asks_the_first_question()
    {
        var turn = Converse(Morning, "Good morning");

        Assert.StartsWith("Good morning. It's 08:05 on Monday 30 November.", turn.Reply);
        Assert.EndsWith("About how many hours did you sleep?", turn.Reply);
        Assert.Equal(ProtocolState.Morning, turn.State.Protocol);
        Assert.Empty(turn.Actions);
    }

    [Fact]
    public void The_morning_check_in_asks_one_question_at_a_time_then_saves()
    {
        var turn = Converse(Morning, "good morning", "about 7 hours", "6:45", "groggy", "a bit anxious", "yes");

        var save = Assert.IsType<SaveMorningCheckIn>(Assert.Single(turn.Actions));
        Assert.Equal(new MorningAnswers
        {
            SleepHours = 7, WakeTime = new TimeOnly(6, 45), HowWokeUp = WakeQuality.Struggled, Mood = "anxious", MedsTaken = true,
            MedsAt = new TimeOnly(8, 5),
        }, save.Answers);
        Assert.Contains("Later today: quetiapine at 21:00.", turn.Reply);
        Assert.Null(turn.State.Protocol);
        Assert.Equal(6, turn.State.Turns);
    }

    [Fact]
    public void The_meds_question_names_the_morning_doses_and_is_left_out_without_them()
    {
        Assert.EndsWith("(lithium at 08:00)?", Converse(Morning, "good morning", "7", "7", "easy", "stable").Reply);

        var noMeds = Morning with { MedsToday = [] };
        Assert.IsType<SaveMorningCheckIn>(Assert.Single(Converse(noMeds, "good morning", "7", "7", "easy", "stable").Actions));
    }

    [Fact]
    public void An_answer_not_understood_asks_again_and_skip_moves_on()
    {
        var unclear = Converse(Morning, "good morning", "lots");
        Assert.StartsWith("Sorry, I didn't catch that. About how many hours", unclear.Reply);
        Assert.Equal("sleep", unclear.State.Step);

        var skipped = Converse(Morning, "good morning", "skip");
        Assert.Equal("wake", skipped.State.Step);
        Assert.Null(skipped.State.MorningAnswers!.SleepHours);
    }

    [Fact]
    public void Stop_leaves_the_check_in_without_saving()
    {
        var turn = Converse(Morning, "good morning", "7", "stop");

        Assert.Empty(turn.Actions);
        Assert.Null(turn.State.Protocol);
    }

    [Fact]
    public void Good_night_fills_the_evening_check_in_and_the_diary_card_and_sums_up_the_day()
    {
        var evening = Morning with { LocalNow = new DateTime(2026, 11, 30, 22, 10, 0) };

        var turn = Converse(evening, "good night", "low", "yes", "3", "2", "1", "0", "4", "0", "0", "Argued with the landlord about the boiler");

        var save = Assert.IsType<SaveNightCheckIn>(Assert.Single(turn.Actions));
        Assert.Equal("low", save.Answers.Mood);
        Assert.Equal(new Dictionary<string, int> { ["sadness"] = 3, ["anxiety"] = 2, ["anger"] = 1, ["shame"] = 0, ["joy"] = 4 }, save.Answers.Emotions);
        Assert.Equal(0, save.Answers.SelfHarmUrge);
        Assert.Equal(0, save.Answers.SuicidalThoughts);
        Assert.Equal(new TimeOnly(22, 10), save.Answers.MedsAt);
        Assert.Contains("Notes: Argued with the landlord about the boiler", save.Summary);
        Assert.Contains("sadness 3", save.Summary);
    }

    [Fact]
    public void Good_night_asks_the_diary_card_ratings_from_0_to_5()
    {
        var evening = Morning with { LocalNow = new DateTime(2026, 11, 30, 22, 10, 0) };

        Assert.EndsWith("From 0 to 5, how much sadness did you feel today?", Converse(evening, "good night", "low", "no").Reply);
        Assert.StartsWith("Sorry", Converse(evening, "good night", "low", "no", "9").Reply);
    }

    [Fact]
    public void A_described_shift_is_proposed_with_a_skill_need_when_it_is_hard()
    {
        var afternoon = Morning with { LocalNow = new DateTime(2026, 11, 30, 16, 20, 0) };

        var turn = Converse(afternoon, "I just crashed after the call with my mum");

        var proposal = Assert.IsType<ProposeShift>(Assert.Single(turn.Actions));
        Assert.Equal(new ShiftCapture("depressed", 7, "the call with my mum", new DateTime(2026, 11, 30, 16, 20, 0), false), proposal.Shift);
        Assert.Equal(new SkillNeed("depressed", 7, "the call with my mum"), turn.Need);
        Assert.Contains("depressed, intensity 7 of 10, at 16:20, after the call with my mum", turn.Reply);
    }

    [Fact]
    public void Distress_without_a_feeling_word_still_asks_for_a_skill()
    {
        var turn = Converse(Morning, "I can't cope");

        Assert.Empty(turn.Actions);
        Assert.Equal(new SkillNeed(null, 6, "I can't cope"), turn.Need);
    }

    [Fact]
    public void Anything_else_gets_the_time_and_what_the_companion_can_do()
    {
        var turn = Converse(Morning, "hello");

        Assert.Contains("It's 08:05 on Monday 30 November", turn.Reply);
        Assert.Empty(turn.Actions);
        Assert.Null(turn.Need);
    }

    [Fact]
    public void Memory_naming_a_question_the_check_in_does_not_have_starts_clean()
    {
        var turn = ProtocolEngine.Respond("7", new ProtocolState { Protocol = ProtocolState.Morning, Step = "bogus", Turns = 3 }, Morning);

        Assert.Empty(turn.Actions);
        Assert.Equal(new ProtocolState { Turns = 4 }, turn.State);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"protocol\": 5}")]
    [InlineData("")]
    public void Unreadable_memory_is_a_fresh_start(string json) => Assert.Equal(new ProtocolState(), ProtocolState.FromJson(json));
}
