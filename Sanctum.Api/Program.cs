using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Scalar.AspNetCore;
using Sanctum.Api.Adherence;
using Sanctum.Api.Alerts;
using Sanctum.Api.Audit;
using Sanctum.Api.Auth;
using Sanctum.Api.Companion;
using Sanctum.Api.Contacts;
using Sanctum.Api.Dbt;
using Sanctum.Api.Episodes;
using Sanctum.Api.Exports;
using Sanctum.Api.Http;
using Sanctum.Api.Medications;
using Sanctum.Api.Mood;
using Sanctum.Api.Notifications;
using Sanctum.Api.Patterns;
using Sanctum.Api.Profile;
using Sanctum.Api.Providers;
using Sanctum.Api.Questionnaires;
using Sanctum.Api.Reminders;
using Sanctum.Api.Safety;
using Sanctum.Api.SafetyPlan;
using Sanctum.Api.Skills;
using Sanctum.Api.Timeline;
using Sanctum.Api.Trackers;
using Sanctum.Core.Compliance;
using Sanctum.Core.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddSanctumInfrastructure();

builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
builder.Services.AddOpenApi();
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    options.SerializerOptions.Converters.Add(new HourMinuteTimeOnlyConverter());
});

builder.Services.AddHttpContextAccessor();
builder.Services.AddSingleton<IAuditContext, HttpAuditContext>();

var authSection = builder.Configuration.GetSection("Auth");
builder.Services.Configure<AuthOptions>(authSection);
var authOptions = authSection.Get<AuthOptions>() ?? new AuthOptions();
if (authOptions.SigningKey.Length < 32)
    throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters. Sanctum.AppHost generates one.");

builder.Services.AddScoped<AuthService>();
builder.Services.AddSingleton<TokenIssuer>();
builder.Services.AddSingleton<SignInThrottle>();
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = AuthOptions.Issuer,
            ValidAudience = AuthOptions.Audience,
            IssuerSigningKey = TokenIssuer.SigningKey(authOptions),
            NameClaimType = "name",
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    });
builder.Services.AddAuthorization();
ConversationPhrasing.AddConversationPhrasing(builder.Services, builder.Configuration);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

if (app.Environment.IsDevelopment())
{
    app.MapOpenApi();
    app.MapScalarApiReference();
}

app.MapDefaultEndpoints();
app.MapAuthApi();

var me = app.MapGroup("/api/v1/me").RequireAuthorization();
me.MapProfileApi();
me.MapContactsApi();
me.MapProvidersApi();
me.MapMedicationsApi();
me.MapAuditApi();

app.MapQuestionnairesApi();
app.MapDbtApi();
app.MapAdherenceApi();

app.MapMoodApi();
app.MapEpisodesApi();
app.MapTimelineApi();
app.MapSafetyApi();
app.MapSafetyPlanApi();
app.MapRemindersApi();
app.MapNotificationsApi();
app.MapAlertsApi();
app.MapExportsApi();
app.MapImportsApi();
app.MapPatternsApi();
app.MapCompanionSessionsApi();
app.MapConversationApi();
app.MapCompanionContextApi();
app.MapSkillsApi();
app.MapTrackersApi();

app.Run();
