using Sanctum.Api.Http;
using Sanctum.Api.Profile;

namespace Sanctum.UnitTests;

public sealed class ValidationTests
{
    [Theory]
    [InlineData("Europe/London", true)]
    [InlineData("America/Argentina/Buenos_Aires", true)]
    [InlineData("UTC", true)]
    [InlineData("Etc/UTC", true)]
    [InlineData("Pacific Standard Time", false)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("GMT+5", false)]
    [InlineData("", false)]
    public void Only_IANA_time_zones_are_accepted(string id, bool valid) => Assert.Equal(valid, TimeZones.IsIana(id));

    [Theory]
    [InlineData("F31.81", true)]
    [InlineData("F60.3", true)]
    [InlineData("F90", true)]
    [InlineData("F3", false)]
    [InlineData("bipolar", false)]
    [InlineData("f31.81", false)]
    [InlineData("F31.81234", false)]
    public void ICD10_codes_are_checked_for_shape_only(string code, bool valid) => Assert.Equal(valid, Icd10.IsWellFormed(code));

    [Theory]
    [InlineData("sam@example.org", true)]
    [InlineData(" sam@example.org ", true)]
    [InlineData("sam@", false)]
    [InlineData("Sam <sam@example.org>", false)]
    [InlineData("not an email", false)]
    public void Emails_must_be_bare_addresses(string email, bool valid)
    {
        var errors = new ValidationErrors();
        errors.Email("email", email, required: true);
        Assert.Equal(valid, !errors.Any);
    }

    [Fact]
    public void Errors_are_keyed_by_field_and_keep_every_message()
    {
        var errors = new ValidationErrors();
        errors.Required("name", " ", 10);
        errors.MaxLength("note", new string('x', 11), 10);
        errors.Add("note", "Second problem.");
        errors.Range("tier", 6, 1, 5);

        var result = errors.ToDictionary();
        Assert.Equal(["name", "note", "tier"], result.Keys.Order());
        Assert.Equal(2, result["note"].Length);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(0, null, "page")]
    [InlineData(null, 0, "pageSize")]
    [InlineData(null, 101, "pageSize")]
    [InlineData(3, 100, null)]
    [InlineData(int.MaxValue, 100, "page")]
    public void Paging_stays_within_bounds(int? page, int? pageSize, string? badField)
    {
        var errors = new ValidationErrors();
        new PageQuery(page, pageSize).Validate(errors);
        Assert.Equal(badField, errors.ToDictionary().Keys.SingleOrDefault());
    }
}
