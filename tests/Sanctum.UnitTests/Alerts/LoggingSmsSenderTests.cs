extern alias workers;

using workers::Sanctum.Workers.Notifications;

namespace Sanctum.UnitTests.Alerts;

public sealed class LoggingSmsSenderTests
{
    [Theory]
    [InlineData("555-0101", "*****01")]
    [InlineData("+1 (555) 010-2233", "*********33")]
    [InlineData("7", "*")]
    [InlineData("", "")]
    public void Only_the_last_two_digits_of_a_number_are_logged(string phone, string logged) =>
        Assert.Equal(logged, LoggingSmsSender.Mask(phone));
}
