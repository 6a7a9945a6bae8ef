using Sanctum.Core.Skills;

namespace Sanctum.UnitTests.Skills;

/// <summary>The suggestions are safety-adjacent: these pin the rules down, using the real library.</summary>
public sealed class SkillSuggestionsTests
{
    private static readonly IReadOnlyList<Skill> Library = SkillContent.All;

    private static readonly SkillApproach[] ThinkingAndDoing = [SkillApproach.Cognitive, SkillApproach.Behavioural, SkillApproach.Interpersonal];

    private static SkillSuggestions Suggest(string? emotion, int intensity, string? situation = null,
        IReadOnlyDictionary<string, SkillHistory>? history = null, int count = SkillSuggestions.DefaultCount) =>
        SkillSuggestions.Suggest(Library, new SuggestionRequest(emotion, intensity, situation), history, count);

    private static int Rank(SkillSuggestions suggestions, string key) =>
        suggestions.Items.Select((s, i) => (s.Skill.Key, i)).Single(s => s.Key == key).i;

    [Theory]
    [InlineData(null, 9)]
    [InlineData("anxious", 9)]
    [InlineData("furious", 9)]
    [InlineData("panicking", 10)]
    [InlineData("overwhelmed", 8)]
    [InlineData("sad", 9)]
    [InlineData("ashamed", 9)]
    public void At_high_intensity_TIPP_comes_first_and_no_thinking_skill_is_offered(string? emotion, int intensity)
    {
        var suggestions = Suggest(emotion, intensity);

        Assert.Equal("tipp", suggestions.Items[0].Skill.Key);
        Assert.DoesNotContain(suggestions.Items, s => s.Skill.Approach == SkillApproach.Cognitive);
        Assert.Contains("calming your body", suggestions.Items[0].Reason);
        Assert.Equal(SkillSuggestions.HighIntensityNote, suggestions.SafetyNote);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public void At_high_intensity_every_skill_in_the_top_five_is_one_you_can_reach_in_a_storm(int intensity)
    {
        foreach (var emotion in new[] { null, "anxious", "angry", "sad", "lonely", "empty", "guilty" })
        {
            Assert.All(Suggest(emotion, intensity, "a row with my mum").Items,
                s => Assert.DoesNotContain(s.Skill.Approach, ThinkingAndDoing));
        }
    }

    [Fact]
    public void A_great_history_never_lifts_a_thinking_skill_above_the_body_skills_at_high_intensity()
    {
        var history = new Dictionary<string, SkillHistory> { ["cognitive-restructuring"] = new(20, 20, 10) };

        var all = Suggest("anxious", 9, history: history, count: Library.Count);

        Assert.Equal("tipp", all.Items[0].Skill.Key);
        Assert.True(Rank(all, "cognitive-restructuring") > Rank(all, "grounding-5-4-3-2-1"));
        Assert.Contains("worked for you before", all.Items[Rank(all, "cognitive-restructuring")].Reason);
    }

    [Fact]
    public void At_low_intensity_a_thinking_skill_ranks_above_TIPP_which_drops_out()
    {
        var low = Suggest("worried", 3, "worrying about my exam tomorrow", count: Library.Count);
        var high = Suggest("worried", 9, "worrying about my exam tomorrow", count: Library.Count);

        Assert.True(Rank(low, "cognitive-restructuring") < Rank(low, "tipp"));
        Assert.True(Rank(low, "cognitive-restructuring") < Rank(high, "cognitive-restructuring"));
        Assert.DoesNotContain(low.Items.Take(5), s => s.Skill.Key == "tipp");
        Assert.Contains(low.Items.Take(5), s => s.Skill.Approach == SkillApproach.Cognitive);
        Assert.Contains("room to look at the thoughts", low.Items[Rank(low, "cognitive-restructuring")].Reason);
        Assert.Null(low.SafetyNote);
    }

    [Fact]
    public void Anxiety_at_a_middle_intensity_favours_grounding_and_breathing()
    {
        var suggestions = Suggest("anxious", 5);

        Assert.Equal(["grounding-5-4-3-2-1", "paced-breathing"], suggestions.Items.Take(2).Select(s => s.Skill.Key).Order());
        Assert.Contains("settle anxiety", suggestions.Items[0].Reason);
    }

    [Theory]
    [InlineData("a row with my mum about money")]
    [InlineData("I need to ask my boss for time off")]
    [InlineData("my partner ignored my message")]
    public void Situations_with_other_people_favour_DEAR_MAN_GIVE_and_FAST(string situation)
    {
        var top = Suggest(null, 5, situation).Items.Take(3).Select(s => s.Skill.Key).Order();

        Assert.Equal(["dear-man", "fast", "give"], top);
    }

    [Fact]
    public void Low_mood_favours_doing_skills()
    {
        var suggestions = Suggest("depressed", 4, "can't get up, no energy");

        Assert.Equal(SkillApproach.Behavioural, suggestions.Items[0].Skill.Approach);
        Assert.Contains(suggestions.Items, s => s.Skill.Key == "behavioural-activation");
    }

    [Fact]
    public void A_skill_the_person_rated_highly_ranks_up_and_says_why()
    {
        var without = Suggest("sad", 5, count: Library.Count);
        var with = Suggest("sad", 5, count: Library.Count,
            history: new Dictionary<string, SkillHistory> { ["loving-kindness"] = new(4, 3, 9.3) });

        Assert.True(Rank(with, "loving-kindness") < Rank(without, "loving-kindness"));
        Assert.Contains("It has worked for you before: you rated it 9.3 out of 10 on average (3 times).",
            with.Items[Rank(with, "loving-kindness")].Reason);
    }

    [Fact]
    public void A_skill_that_helped_little_ranks_down_and_says_why()
    {
        var without = Suggest("sad", 5, count: Library.Count);
        var with = Suggest("sad", 5, count: Library.Count, history: new Dictionary<string, SkillHistory> { ["opposite-action"] = new(2, 2, 2) });

        Assert.True(Rank(with, "opposite-action") > Rank(without, "opposite-action"));
        Assert.Contains("helped you less before (2 out of 10", with.Items[Rank(with, "opposite-action")].Reason);
    }

    [Fact]
    public void Unrated_practice_nudges_a_skill_up_a_little()
    {
        var with = Suggest(null, 5, count: Library.Count, history: new Dictionary<string, SkillHistory> { ["wise-mind"] = new(1, 0, null) });
        var without = Suggest(null, 5, count: Library.Count);

        Assert.True(with.Items[Rank(with, "wise-mind")].Score == without.Items[Rank(without, "wise-mind")].Score + 2);
        Assert.Contains("You've used it before (once)", with.Items[Rank(with, "wise-mind")].Reason);
    }

    [Fact]
    public void The_same_input_always_gives_the_same_list_and_every_item_has_a_reason()
    {
        for (var intensity = 0; intensity <= 10; intensity++)
        {
            var first = Suggest(null, intensity, count: Library.Count);
            var second = SkillSuggestions.Suggest(Library.Reverse(), new SuggestionRequest(null, intensity, null), null, Library.Count);

            Assert.Equal(first.Items.Select(s => s.Skill.Key), second.Items.Select(s => s.Skill.Key));
            Assert.All(first.Items, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
            Assert.True(first.Items.Zip(first.Items.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
            Assert.Equal(intensity >= SkillSuggestions.HighIntensity, first.SafetyNote is not null);
        }
    }

    [Fact]
    public void Every_skill_scores_better_at_the_edge_of_its_own_range_than_at_the_far_end_of_the_scale()
    {
        foreach (var skill in Library)
        {
            var inside = Suggest(null, skill.MinIntensity, count: Library.Count).Items.Single(s => s.Skill.Key == skill.Key).Score;
            var outside = skill.MaxIntensity < 10
                ? Suggest(null, 10, count: Library.Count).Items.Single(s => s.Skill.Key == skill.Key).Score
                : Suggest(null, 0, count: Library.Count).Items.Single(s => s.Skill.Key == skill.Key).Score;
            Assert.True(inside > outside, $"{skill.Key} should score better inside its range ({inside} vs {outside}).");
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void An_intensity_outside_0_to_10_is_refused(int intensity) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Suggest(null, intensity));

    [Fact]
    public void Count_limits_the_list()
    {
        Assert.Equal(SkillSuggestions.DefaultCount, Suggest(null, 5).Items.Count);
        Assert.Equal(2, Suggest(null, 5, count: 2).Items.Count);
    }
}

public sealed class SkillTagsTests
{
    [Theory]
    [InlineData("Anxious", "anxiety")]
    [InlineData("on edge", "anxiety")]
    [InlineData("FURIOUS!", "anger")]
    [InlineData("heartbroken", "sadness")]
    [InlineData("numb", "emptiness")]
    public void Emotion_words_map_onto_tags(string emotion, string tag) => Assert.Contains(tag, SkillTags.ForEmotion(emotion));

    [Theory]
    [InlineData("I just crashed after the call with my mum", "interpersonal")]
    [InlineData("I can’t sleep again", "sleep")]
    [InlineData("the urge to binge", "urges")]
    [InlineData("what if I fail the interview", "worry")]
    [InlineData("I keep replaying it, overthinking everything", "rumination")]
    public void Situations_map_onto_tags(string situation, string tag) => Assert.Contains(tag, SkillTags.ForSituation(situation));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("purple")]
    [InlineData("mumble")]
    public void Unknown_or_partial_words_match_nothing(string? text)
    {
        Assert.Empty(SkillTags.ForEmotion(text));
        Assert.Empty(SkillTags.ForSituation(text));
    }
}

public sealed class SkillHistoriesTests
{
    [Theory]
    [InlineData("TIPP", "tipp")]
    [InlineData("tip", "tipp")]
    [InlineData("Dear Man", "dear-man")]
    [InlineData("DEAR-MAN", "dear-man")]
    [InlineData("5 4 3 2 1", "grounding-5-4-3-2-1")]
    [InlineData("Radical Acceptance", "radical-acceptance")]
    [InlineData("opposite action", "opposite-action")]
    [InlineData("Wise mind", "wise-mind")]
    public void Written_names_match_library_skills_ignoring_case_spaces_and_punctuation(string written, string key) =>
        Assert.Equal(key, SkillHistories.KeyFor(written, SkillContent.All));

    [Theory]
    [InlineData("went for a run")]
    [InlineData("dear")]
    [InlineData("")]
    public void Anything_else_matches_nothing(string written) => Assert.Null(SkillHistories.KeyFor(written, SkillContent.All));

    [Fact]
    public void Totals_of_names_for_the_same_skill_are_added_and_the_average_is_over_rated_uses_only()
    {
        var history = SkillHistories.Combine(
        [
            new("TIPP", 2, 2, 14),
            new("tip", 2, 1, 9),
            new("DEAR MAN", 1, 0, 0),
            new("something else", 5, 5, 50),
        ], SkillContent.All);

        Assert.Equal(new SkillHistory(4, 3, 7.7), history["tipp"]);
        Assert.Equal(new SkillHistory(1, 0, null), history["dear-man"]);
        Assert.Equal(2, history.Count);
    }
}
