using System.Data.Common;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Sanctum.Core.Infrastructure;

namespace Sanctum.Workers.Notifications;

/// <summary>
/// SMTP settings from ConnectionStrings:mail, e.g. "Endpoint=smtp://127.0.0.1:1025" locally (maildev) or
/// "Endpoint=smtps://smtp.example.org:465;Username=u;Password=p;From=care@example.org" in production.
/// </summary>
public sealed record SmtpSettings(Uri Endpoint, string? Username, string? Password, string From)
{
    public static SmtpSettings Parse(string connectionString)
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        string? Part(string key) => parts.TryGetValue(key, out var value) ? value?.ToString() : null;
        var endpoint = Part("Endpoint") is { } raw && Uri.TryCreate(raw, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException("ConnectionStrings:mail needs Endpoint=smtp://host:port.");
        return new SmtpSettings(endpoint, Part("Username"), Part("Password"), Part("From") ?? "Sanctum <care@sanctum.local>");
    }
}

/// <summary>Sends plain-text email over SMTP, one connection a message.</summary>
public sealed class SmtpEmailSender(SmtpSettings settings)
{
    /// <summary>Sends one email; <paramref name="id"/> becomes its Message-Id, so a repeated send is recognisable downstream.</summary>
    public async Task SendAsync(string to, string subject, string body, string id, CancellationToken cancellationToken)
    {
        var message = new MimeMessage
        {
            Subject = subject,
            Body = new TextPart("plain") { Text = body },
            MessageId = $"{id}@sanctum",
        };
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(to));

        using var client = new SmtpClient();
        var security = settings.Endpoint.Scheme == "smtps" ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
        await client.ConnectAsync(settings.Endpoint.Host, settings.Endpoint.Port, security, cancellationToken);
        if (settings.Username is not null) await client.AuthenticateAsync(settings.Username, settings.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    public static SmtpSettings SettingsFrom(IConfiguration configuration) =>
        SmtpSettings.Parse(InfrastructureExtensions.RequiredConnectionString(configuration, ConnectionNames.Mail));
}
