using Sanctum.Core.Compliance;
using Sanctum.Core.Infrastructure;
using Sanctum.Core.Jobs;
using Sanctum.Core.Reports;
using Sanctum.Workers.Alerts;
using Sanctum.Workers.Exports;
using Sanctum.Workers.Jobs;
using Sanctum.Workers.Migrations;
using Sanctum.Workers.Notifications;
using Sanctum.Workers.Patterns;
using Sanctum.Workers.Reminders;
using Sanctum.Workers.Reports;
using Sanctum.Workers.Safety;

// A web host only so the orchestrator and the load balancer can reach /health and /alive.
var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddSanctumInfrastructure();

builder.Services.AddSingleton<IAuditContext, SystemAuditContext>();
builder.Services.AddSingleton<MigrationState>();
builder.Services.AddHostedService<MigrationWorker>();
builder.Services.AddHealthChecks().AddCheck<MigrationHealthCheck>("migrations");

builder.Services.AddSingleton(SmtpEmailSender.SettingsFrom(builder.Configuration));
builder.Services.AddSingleton<SmtpEmailSender>();
builder.Services.AddSingleton<IJobHandler, NotificationEmailHandler>();
builder.Services.AddSingleton<IJobHandler, CrisisDetectedHandler>();
builder.Services.AddSingleton<ISmsSender, LoggingSmsSender>();
builder.Services.AddSingleton<IJobHandler, NotificationSmsHandler>();
builder.Services.AddHostedService<AlertTriggerScanner>();
builder.Services.AddSingleton<IReportRenderer, PdfReportRenderer>();
builder.Services.AddSingleton<IJobHandler, ExportHandler>();
builder.Services.AddHostedService<ExportCleanup>();
builder.Services.Configure<PatternOptions>(builder.Configuration.GetSection("Patterns"));
builder.Services.AddSingleton<IJobHandler, PatternAnalysisHandler>();
builder.Services.AddHostedService<PatternScanner>();
builder.Services.AddHostedService<JobProcessor>();
builder.Services.AddHostedService<ReminderScanner>();
builder.Services.AddHostedService<OutboxRelay>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
