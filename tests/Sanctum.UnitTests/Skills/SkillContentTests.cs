using Sanctum.Core.Skills;

namespace Sanctum.UnitTests.Skills;

public sealed class SkillContentTests
{
    public static TheoryData<string> Files() => [.. SkillContent.Files().Select(f => f.File)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_skill_file_parses_with_every_section_filled_in(string file)
    {
        var skill = SkillContent.Parse(file, SkillContent.Files().Single(f => f.File == file).Text);

        Assert.Equal($"{skill.Key}.md", file);
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", skill.Key);
        Assert.All(new[] { skill.Name, skill.Category, skill.Summary, skill.WhenToUse, skill.Example, skill.Cautions },
            text => Assert.False(string.IsNullOrWhiteSpace(text)));
        Assert.InRange(skill.Steps.Count, 3, 10);
        Assert.All(skill.Steps, step => Assert.False(string.IsNullOrWhiteSpace(step)));
        Assert.InRange(skill.MinIntensity, 0, skill.MaxIntensity);
        Assert.InRange(skill.MaxIntensity, skill.MinIntensity, 10);
        Assert.NotEmpty(skill.Suits);
        Assert.All(skill.Suits, tag => Assert.Contains(tag, SkillTags.Vocabulary.Keys));
        Assert.Contains(skill.Category, CategoriesOf(skill.Framework));
    }

    [Fact]
    public void The_library_has_at_least_forty_skills_with_unique_keys_and_names()
    {
        var all = SkillContent.All;

        Assert.True(all.Count >= 40, $"Only {all.Count} skills.");
        Assert.Equal(all.Count, all.Select(s => s.Key).Distinct().Count());
        // Every name and alias points at one skill only, so a diary-card entry never counts for two.
        var names = all.SelectMany(s => s.Aliases.Prepend(s.Name).Prepend(s.Key).Select(SkillHistories.Normalise).Distinct()).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(Enum.GetValues<SkillFramework>(), framework => Assert.Contains(all, s => s.Framework == framework));
    }

    [Theory]
    [InlineData("tipp")]
    [InlineData("stop")]
    [InlineData("accepts")]
    [InlineData("improve")]
    [InlineData("radical-acceptance")]
    [InlineData("opposite-action")]
    [InlineData("check-the-facts")]
    [InlineData("please")]
    [InlineData("dear-man")]
    [InlineData("give")]
    [InlineData("fast")]
    [InlineData("wise-mind")]
    [InlineData("cognitive-restructuring")]
    [InlineData("behavioural-activation")]
    [InlineData("grounding-5-4-3-2-1")]
    [InlineData("body-scan")]
    [InlineData("rain")]
    [InlineData("self-soothe")]
    [InlineData("pros-and-cons")]
    [InlineData("cope-ahead")]
    [InlineData("thought-record")]
    [InlineData("healthy-adult")]
    [InlineData("breathing-space")]
    [InlineData("loving-kindness")]
    public void The_core_skills_are_there(string key) => Assert.Contains(SkillContent.All, s => s.Key == key);

    [Fact]
    public void Tipp_warns_about_cold_water_and_the_heart_and_points_to_crisis_help()
    {
        var tipp = SkillContent.All.Single(s => s.Key == "tipp");

        Assert.Contains("heart", tipp.Cautions);
        Assert.Contains("988", tipp.Cautions);
        Assert.Contains(tipp.Steps, step => step.Contains("cold water"));
        Assert.Equal((7, 10), (tipp.MinIntensity, tipp.MaxIntensity));
    }

    [Theory]
    [InlineData("must start with a '---' front matter line", "## What it is\nx")]
    [InlineData("needs 'framework'", "---\nkey: a\nname: A\ncategory: c\napproach: Body\nintensity: 1-2\nsuits: anxiety\n---\n")]
    [InlineData("'framework' must be one of", "---\nkey: a\nname: A\nframework: Freud\ncategory: c\napproach: Body\nintensity: 1-2\nsuits: anxiety\n---\n")]
    [InlineData("intensity '9-3'", "---\nkey: a\nname: A\nframework: Dbt\ncategory: c\napproach: Body\nintensity: 9-3\nsuits: anxiety\n---\n")]
    [InlineData("section 'Cautions' is missing", Header + "## What it is\nw\n## When to use it\nw\n## Steps\n1. s\n## Example\ne\n")]
    [InlineData("unknown section 'Notes'", Header + "## Notes\nn\n")]
    [InlineData("step 3 is out of order", Header + "## What it is\nw\n## When to use it\nw\n## Steps\n1. a\n3. b\n## Example\ne\n## Cautions\nc\n")]
    public void A_broken_file_is_refused_with_the_reason(string reason, string text)
    {
        var error = Assert.Throws<SkillContentException>(() => SkillContent.Parse("broken.md", text));

        Assert.Contains("broken.md", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Paragraphs_are_joined_and_wrapped_steps_continue()
    {
        var skill = SkillContent.Parse("a.md", Header + "## What it is\none\ntwo\n\nthree\n## When to use it\nw\n## Steps\n1. first\n   still first\n2. second\n## Example\ne\n## Cautions\nc\n");

        Assert.Equal("one two\n\nthree", skill.Summary);
        Assert.Equal(["first still first", "second"], skill.Steps);
        Assert.Equal(["anxiety", "panic"], skill.Suits);
    }

    private const string Header = "---\nkey: a\nname: A\nframework: Dbt\ncategory: c\napproach: Body\nintensity: 1-2\nsuits: anxiety, panic\n---\n";

    private static string[] CategoriesOf(SkillFramework framework) => framework switch
    {
        SkillFramework.Dbt => ["mindfulness", "distress-tolerance", "emotion-regulation", "interpersonal-effectiveness"],
        SkillFramework.Cbt => ["cognitive", "behavioural", "coping"],
        SkillFramework.SchemaTherapy => ["modes", "self-talk"],
        _ => ["formal-practice", "informal-practice"],
    };
}
