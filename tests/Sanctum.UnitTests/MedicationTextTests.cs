extern alias web;
using web::Sanctum.Web.Api.Contracts;
using web::Sanctum.Web.Components.Pages.Me.Medications;

namespace Sanctum.UnitTests;

public sealed class MedicationTextTests
{
    private static MedicationChangeInfo Change(string type, decimal? oldDose, decimal? newDose) =>
        new(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 10, 1), type, oldDose, newDose, null, null, null);

    [Theory]
    [InlineData("doseIncreased", 50.0, 100.0, "mg", "Dose increased from 50 to 100 mg")]
    [InlineData("doseDecreased", 1.5, 0.75, null, "Dose decreased from 1.5 to 0.75")]
    [InlineData("started", null, 300.0, "mg", "Started at 300 mg")]
    [InlineData("stopped", 300.0, null, "mg", "Stopped (was 300 mg)")]
    [InlineData("stopped", null, null, "mg", "Stopped")]
    public void A_change_reads_as_what_happened_to_the_dose(string type, double? oldDose, double? newDose, string? unit, string expected) =>
        Assert.Equal(expected, MedicationText.Change(Change(type, (decimal?)oldDose, (decimal?)newDose), unit));

    [Fact]
    public void Adherence_reads_as_a_percent_of_due_doses_or_says_none_were_due()
    {
        Assert.Equal("85.7% taken (6 of 7 doses)", MedicationText.Adherence(new AdherenceCountsInfo(7, 6, 1, 0, 0, 85.7m)));
        Assert.Equal("100% taken (1 of 1 dose)", MedicationText.Adherence(new AdherenceCountsInfo(1, 1, 0, 0, 0, 100m)));
        Assert.Equal("No doses were due", MedicationText.Adherence(new AdherenceCountsInfo(0, 0, 0, 0, 0, null)));
    }
}
