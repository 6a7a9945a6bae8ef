using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Sanctum.IntegrationTests;

/// <summary>
/// With <c>ConnectionStrings:companion-llm</c> set, an OpenAI-compatible endpoint words the replies; here a tiny fake
/// one (a real Kestrel server) answers chat completions. The protocols still run as without it, a failing model
/// leaves the built-in wording, and a risky message never reaches the model.
/// </summary>
[Collection(SanctumCollection.Name)]
public sealed class CompanionModelTests(SanctumFixture fixture)
{
    private const string Phrased = "Morning! It's good to hear from you. How many hours of sleep did you get?";

    private sealed class FakeModel : IAsyncDisposable
    {
        private readonly WebApplication _app;
        public List<string> Requests { get; } = [];
        public bool Failing { get; set; }

        private FakeModel(WebApplication app) => _app = app;

        public string ConnectionString =>
            $"Endpoint={_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()}/v1;Key=test-key;Model=tiny";

        public static async Task<FakeModel> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var model = new FakeModel(app);
            app.MapPost("/v1/chat/completions", async (HttpRequest request) =>
            {
                model.Requests.Add(await new StreamReader(request.Body).ReadToEndAsync());
                if (model.Failing) return Results.StatusCode(500);
                return Results.Json(new
                {
                    id = "chatcmpl-1", @object = "chat.completion", created = 1_764_000_000, model = "tiny",
                    choices = new[] { new { index = 0, message = new { role = "assistant", content = Phrased }, finish_reason = "stop" } },
                    usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
                });
            });
            await app.StartAsync();
            return model;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_configured_model_words_the_reply_while_the_protocols_and_safety_stay_built_in()
    {
        await using var model = await FakeModel.StartAsync();
        await using var api = fixture.CreateApi(new Dictionary<string, string?> { ["ConnectionStrings:companion-llm"] = model.ConnectionString });
        var user = await api.RegisterAndSignInAsync("Europe/London");

        var greeting = await (await user.Client.PostAsJsonAsync("/api/v1/companion/messages", new { text = "Good morning" })).ReadAsync<JsonElement>();

        Assert.Equal(Phrased, greeting.GetProperty("reply").GetString());
        var asked = Assert.Single(model.Requests);
        Assert.Contains("About how many hours did you sleep?", asked); // the model rewords the built-in reply, it does not write its own
        Assert.Contains("This conversation so far", asked); // and reads the assembled context, with this session's memory
        Assert.Contains("the question waiting for an answer: sleep", asked);
        var sessionId = greeting.GetProperty("sessionId").GetGuid();
        var memory = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/companion/sessions/{sessionId}/memory");
        Assert.Equal("sleep", memory.GetProperty("state").GetProperty("step").GetString());

        model.Failing = true;
        var fallback = await (await user.Client.PostAsJsonAsync("/api/v1/companion/messages", new { text = "7 hours", sessionId })).ReadAsync<JsonElement>();
        Assert.Equal("Thanks. What time did you wake up?", fallback.GetProperty("reply").GetString());

        var asksBefore = model.Requests.Count;
        var risky = await user.Client.PostAsJsonAsync("/api/v1/companion/messages", new { text = "I want to kill myself", sessionId });
        Assert.Equal(HttpStatusCode.OK, risky.StatusCode);
        var crisis = await risky.ReadAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, crisis.GetProperty("reply").ValueKind);
        Assert.Equal("high", crisis.GetProperty("crisis").GetProperty("risk").GetString());
        Assert.Equal(asksBefore, model.Requests.Count);
    }
}
