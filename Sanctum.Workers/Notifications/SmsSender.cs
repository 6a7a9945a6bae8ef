namespace Sanctum.Workers.Notifications;

/// <summary>One text message: its recipient, which of Sanctum's templates it is, its text, and an id for the provider.</summary>
public sealed record SmsMessage(string To, string TemplateKey, string Body, string Id);

/// <summary>Sends text messages. A real provider plugs in here; until then <see cref="LoggingSmsSender"/> stands in.</summary>
public interface ISmsSender
{
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// Records that a text would have gone out, without a provider. The log says which template went to a masked number,
/// never the text itself: logs travel further than the message should.
/// </summary>
public sealed partial class LoggingSmsSender(ILogger<LoggingSmsSender> logger) : ISmsSender
{
    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        LogSent(message.TemplateKey, Mask(message.To), message.Id);
        return Task.CompletedTask;
    }

    /// <summary>All but the last two digits hidden: enough for the person to recognise the number, not to call it.</summary>
    public static string Mask(string phone)
    {
        var digits = phone.Where(char.IsAsciiDigit).ToArray();
        return digits.Length <= 2 ? new string('*', digits.Length) : new string('*', digits.Length - 2) + new string(digits[^2..]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS {TemplateKey} to {Recipient} ({MessageId})")]
    private partial void LogSent(string templateKey, string recipient, string messageId);
}
