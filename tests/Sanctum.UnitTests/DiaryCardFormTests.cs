extern alias web;
using web::Sanctum.Web.Components.Pages.Dbt;

namespace Sanctum.UnitTests;

public sealed class DiaryCardFormTests
{
    [Fact]
    public void Every_named_behaviour_of_a_pass_goes_on_the_card_and_a_repeated_name_keeps_its_latest_answers()
    {
        var form = new DiaryCardForm();
        form.NewBehaviours[0].Name = "isolating";
        form.NewBehaviours[0].Urge = 4;
        form.NewBehaviours.Add(new BehaviourDraft { Name = "bingeing", Acted = true });
        form.NewBehaviours.Add(new BehaviourDraft());
        form.NewBehaviours.Add(new BehaviourDraft { Name = " Isolating ", Urge = 2 });

        var behaviours = form.ToRequest().TargetBehaviours;

        Assert.Equal(2, behaviours.Count);
        Assert.Equal(("bingeing", 0, true), (behaviours[0].Name, behaviours[0].Urge, behaviours[0].Acted));
        Assert.Equal(("Isolating", 2, false), (behaviours[1].Name, behaviours[1].Urge, behaviours[1].Acted));
    }

    [Fact]
    public void Every_described_skill_is_added_only_when_a_skill_was_used()
    {
        var form = new DiaryCardForm { UsedSkill = true };
        form.NewSkills[0].Skill = "TIPP";
        form.NewSkills[0].Effectiveness = 7;
        form.NewSkills.Add(new SkillDraft { Module = "interpersonalEffectiveness", Skill = "DEAR MAN" });
        form.NewSkills.Add(new SkillDraft { Skill = "  " });

        var skills = form.NewSkillUses();

        Assert.Equal(["TIPP", "DEAR MAN"], skills.Select(s => s.Skill));
        Assert.Equal("interpersonalEffectiveness", skills[1].Module);
        form.UsedSkill = false;
        Assert.Empty(form.NewSkillUses());
        form.ClearNewSkills();
        Assert.Single(form.NewSkills);
    }
}
