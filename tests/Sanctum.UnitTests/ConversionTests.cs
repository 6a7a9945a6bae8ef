extern alias workers;

using System.Text.Json;
using Sanctum.Api.Http;
using Sanctum.Core.Compliance;
using Sanctum.Core.Profile;
using workers::Sanctum.Workers.Notifications;

namespace Sanctum.UnitTests;

public sealed class ConversionTests
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new HourMinuteTimeOnlyConverter() } };

    [Theory]
    [InlineData("\"08:00\"", 8, 0)]
    [InlineData("\"20:30:00\"", 20, 30)]
    public void Times_of_day_read_with_or_without_seconds(string json, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), JsonSerializer.Deserialize<TimeOnly>(json, Json));

    [Theory]
    [InlineData("\"25:00\"")]
    [InlineData("\"8am\"")]
    public void Impossible_times_of_day_are_refused(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TimeOnly>(json, Json));

    [Fact]
    public void Times_of_day_are_written_as_hours_and_minutes() =>
        Assert.Equal("\"07:05\"", JsonSerializer.Serialize(new TimeOnly(7, 5, 59), Json));

    [Theory]
    [InlineData(typeof(EmergencyContact), "emergency_contact")]
    [InlineData(typeof(HealthcareProvider), "healthcare_provider")]
    public void Audit_trail_names_read_as_words(Type type, string expected) => Assert.Equal(expected, AuditNames.EntityType(type));

    [Fact]
    public void Audit_trail_field_names_read_as_words() => Assert.Equal("alerts_opt_in", AuditNames.Field("AlertsOptIn"));

    [Fact]
    public void Local_smtp_needs_only_an_endpoint()
    {
        var settings = SmtpSettings.Parse("Endpoint=smtp://127.0.0.1:1025");
        Assert.Equal(new Uri("smtp://127.0.0.1:1025"), settings.Endpoint);
        Assert.Null(settings.Username);
        Assert.Contains("sanctum", settings.From);
    }

    [Fact]
    public void Production_smtp_carries_credentials_and_sender()
    {
        var settings = SmtpSettings.Parse("Endpoint=smtps://smtp.example.org:465;Username=u;Password=p;From=care@example.org");
        Assert.Equal("smtps", settings.Endpoint.Scheme);
        Assert.Equal(("u", "p", "care@example.org"), (settings.Username, settings.Password, settings.From));
    }

    [Fact]
    public void Smtp_without_an_endpoint_says_what_is_missing() =>
        Assert.Contains("Endpoint=smtp://", Assert.Throws<InvalidOperationException>(() => SmtpSettings.Parse("Host=x")).Message);
}
