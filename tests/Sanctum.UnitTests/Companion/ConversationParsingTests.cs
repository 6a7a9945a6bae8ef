using Sanctum.Core.Companion;
using Sanctum.Core.Mood;

namespace Sanctum.UnitTests.Companion;

public sealed class ConversationParsingTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 16, 20, 0);

    [Theory]
    [InlineData("I just crashed after the call with my mum", "depressed", 7)]
    [InlineData("I'm really anxious", "anxious", 8)]
    [InlineData("feeling a bit low", "low", 3)]
    [InlineData("I'm so irritated with everyone", "irritable", 7)]
    [InlineData("I feel numb", "numb", 6)]
    [InlineData("completely spaced out", "dissociated", 8)]
    [InlineData("racing thoughts all afternoon", "hypomanic", 7)]
    [InlineData("I'm wired", "elevated", 6)]
    [InlineData("Feeling calm now", "stable", 3)]
    [InlineData("I'M PANICKING", "anxious", 8)]
    [InlineData("I’m on edge", "anxious", 6)]
    [InlineData("I feel manic", "manic", 8)]
    [InlineData("wired and low", "mixed", 7)]
    public void The_lexicon_maps_everyday_words_onto_the_standard_states(string text, string state, int intensity)
    {
        var mood = ConversationLexicon.MoodOf(text);

        Assert.Equal(new MoodReading(state, intensity), mood);
        Assert.Contains(mood!.State, MoodStates.Standard);
    }

    [Theory]
    [InlineData("I'm not anxious")]
    [InlineData("I'm not feeling low")]
    [InlineData("never depressed")]
    [InlineData("the weather today")]
    [InlineData("slow morning")]
    public void Negated_or_absent_feelings_are_not_read(string text) => Assert.Null(ConversationLexicon.MoodOf(text));

    [Theory]
    [InlineData("I can't cope with this", true)]
    [InlineData("I'm anxious", true)]
    [InlineData("feeling calm", false)]
    [InlineData("overwhelmed", true)]
    public void Distress_is_read_from_the_feeling_or_the_words(string text, bool distress) =>
        Assert.Equal(distress, ConversationLexicon.IsDistress(text, ConversationLexicon.MoodOf(text)));

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yep, with breakfast", true)]
    [InlineData("I have", true)]
    [InlineData("no", false)]
    [InlineData("not yet", false)]
    [InlineData("forgot", false)]
    [InlineData("maybe", null)]
    public void Yes_and_no_are_read(string text, bool? expected) => Assert.Equal(expected, ConversationLexicon.YesOrNo(text));

    [Theory]
    [InlineData("easy", WakeQuality.Easy)]
    [InlineData("it was a struggle", WakeQuality.Struggled)]
    [InlineData("groggy", WakeQuality.Struggled)]
    [InlineData("energised!", WakeQuality.Energized)]
    [InlineData("low and heavy", WakeQuality.Depressed)]
    public void Waking_up_is_read(string text, WakeQuality expected) => Assert.Equal(expected, ConversationLexicon.WakeQualityOf(text));

    [Theory]
    [InlineData("7", 7)]
    [InlineData("about 6.5 hours", 6.5)]
    [InlineData("seven", 7)]
    [InlineData("six and a half", 6.5)]
    [InlineData("none", 0)]
    public void Numbers_are_read_as_digits_or_words(string text, double expected) =>
        Assert.Equal((decimal)expected, ConversationLexicon.NumberIn(text));

    [Theory]
    [InlineData("3", 3)]
    [InlineData("zero", 0)]
    [InlineData("6", null)]
    [InlineData("2.5", null)]
    [InlineData("dunno", null)]
    public void Ratings_are_whole_numbers_in_range(string text, int? expected) => Assert.Equal(expected, ConversationLexicon.RatingIn(text, 0, 5));

    [Theory]
    [InlineData("good morning", true)]
    [InlineData("Morning!", true)]
    [InlineData("gm", true)]
    [InlineData("this morning was hard", false)]
    public void Good_morning_is_recognised(string text, bool expected) => Assert.Equal(expected, ConversationLexicon.IsGoodMorning(text));

    [Theory]
    [InlineData("Good night", true)]
    [InlineData("goodnight x", true)]
    [InlineData("night night", true)]
    [InlineData("last night was bad", false)]
    public void Good_night_is_recognised(string text, bool expected) => Assert.Equal(expected, ConversationLexicon.IsGoodNight(text));

    [Theory]
    [InlineData("7", 7, 0)]
    [InlineData("7am", 7, 0)]
    [InlineData("7:30", 7, 30)]
    [InlineData("07.45", 7, 45)]
    [InlineData("6:15 pm", 18, 15)]
    [InlineData("12am", 0, 0)]
    [InlineData("12pm", 12, 0)]
    [InlineData("half 7", 7, 30)]
    [InlineData("around 9", 9, 0)]
    [InlineData("19:00", 19, 0)]
    public void Clock_times_are_read_with_bare_hours_as_morning(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), ConversationTime.ClockOf(text));

    [Theory]
    [InlineData("25:00")]
    [InlineData("7:75")]
    [InlineData("13pm")]
    [InlineData("early")]
    public void Impossible_clock_times_are_not_read(string text) => Assert.Null(ConversationTime.ClockOf(text));

    [Theory]
    [InlineData("I crashed at 3pm", 15, 0, 0)]
    [InlineData("I crashed at 3", 15, 0, 0)]
    [InlineData("it hit at 15:30", 15, 30, 0)]
    [InlineData("at 9am I panicked", 9, 0, 0)]
    [InlineData("at 6pm", 18, 0, -1)]
    [InlineData("an hour ago", 15, 20, 0)]
    [InlineData("half an hour ago", 15, 50, 0)]
    [InlineData("20 minutes ago", 16, 0, 0)]
    [InlineData("two hours ago", 14, 20, 0)]
    [InlineData("a few minutes ago", 16, 17, 0)]
    [InlineData("5 hrs ago", 11, 20, 0)]
    public void Stated_moments_are_read_against_the_local_clock(string text, int hour, int minute, int dayOffset) =>
        Assert.Equal(Now.Date.AddDays(dayOffset).AddHours(hour).AddMinutes(minute), ConversationTime.MomentIn(text, Now));

    [Theory]
    [InlineData("I just crashed")]
    [InlineData("at some point")]
    public void No_stated_moment_means_now(string text) => Assert.Null(ConversationTime.MomentIn(text, Now));

    [Theory]
    [InlineData("I just crashed after the call with my mum", "the call with my mum")]
    [InlineData("I just crashed after the call with my mum.", "the call with my mum")]
    [InlineData("crashed after the call with my mum at 3pm", "the call with my mum")]
    [InlineData("anxious because of the deadline, can't think", "the deadline")]
    [InlineData("I got irritable when the bus was late an hour ago", "the bus was late")]
    [InlineData("low since the argument and now I'm in bed", "the argument")]
    [InlineData("I'm low since 3pm", null)]
    [InlineData("I'm low since this morning", null)]
    [InlineData("I'm low", null)]
    public void The_trigger_is_the_persons_own_words(string text, string? trigger) => Assert.Equal(trigger, ConversationShift.TriggerIn(text));

    [Fact]
    public void A_described_shift_has_state_trigger_and_time()
    {
        var shift = ConversationShift.From("I just crashed after the call with my mum an hour ago", Now);

        Assert.Equal(new ShiftCapture("depressed", 7, "the call with my mum", new DateTime(2026, 11, 30, 15, 20, 0), true), shift);
    }

    [Theory]
    [InlineData("the film was depressing")]
    [InlineData("it's sad news")]
    public void Words_not_about_oneself_are_not_a_shift(string text) => Assert.Null(ConversationShift.From(text, Now));

    [Fact]
    public void The_day_label_counts_days_on_the_newest_medication()
    {
        var today = new DateOnly(2026, 11, 30);
        DateOnly? lithiumStart = new DateOnly(2025, 1, 1);
        DateOnly? lamotrigineStart = new DateOnly(2026, 11, 9);
        DateOnly? future = new DateOnly(2026, 12, 5);

        Assert.Equal("Day 22 on lamotrigine", SessionDayLabel.For(today, [("lithium", lithiumStart), ("lamotrigine", lamotrigineStart), ("quetiapine", future)]));
        Assert.Equal("Monday 30 November 2026", SessionDayLabel.For(today, [("sertraline", null)]));
    }
}
