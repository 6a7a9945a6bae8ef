using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Identity;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Auth;

public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/auth").WithTags("Auth");
        group.MapPost("/register", Register).WithValidation();
        group.MapPost("/login", SignIn).WithValidation();
        group.MapPost("/refresh", Refresh).WithValidation();
        group.MapPost("/logout", SignOut).WithValidation();
        group.MapGet("/me", Me).RequireAuthorization();
        return group;
    }

    private static async Task<Results<Created<AccountResponse>, ProblemHttpResult>> Register(
        RegisterRequest request, AuthService auth, CancellationToken cancellationToken)
    {
        var user = await auth.RegisterAsync(request, cancellationToken);
        if (user is null)
        {
            return TypedResults.Problem("An account with this email already exists. Try signing in instead.",
                statusCode: StatusCodes.Status409Conflict, title: "Email already registered");
        }

        return TypedResults.Created("/api/v1/auth/me", ToResponse(user));
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> SignIn(
        SignInRequest request, AuthService auth, SignInThrottle throttle, HttpContext http, CancellationToken cancellationToken)
    {
        var wait = await throttle.TryAttemptAsync(http.Connection.RemoteIpAddress?.ToString(), User.Normalize(request.Email!));
        if (wait is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
            return TypedResults.Problem("Too many sign-in attempts. Please wait a minute and try again.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Slow down");
        }

        var result = await auth.SignInAsync(request.Email!, request.Password!, cancellationToken);
        return result switch
        {
            SignInResult.Success success => TypedResults.Ok(success.Tokens),
            SignInResult.LockedOut locked => TypedResults.Problem(
                $"Too many wrong passwords, so this account is paused until {locked.Until:yyyy-MM-ddTHH:mm:ssZ}. " +
                "You can try again then.", statusCode: StatusCodes.Status423Locked, title: "Account paused"),
            _ => TypedResults.Problem("That email and password don't match.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed"),
        };
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> Refresh(
        RefreshRequest request, AuthService auth, CancellationToken cancellationToken) =>
        await auth.RefreshAsync(request.RefreshToken!, cancellationToken) is { } tokens
            ? TypedResults.Ok(tokens)
            : TypedResults.Problem("Please sign in again.", statusCode: StatusCodes.Status401Unauthorized, title: "Session ended");

    private static async Task<NoContent> SignOut(RefreshRequest request, AuthService auth, CancellationToken cancellationToken)
    {
        await auth.SignOutAsync(request.RefreshToken!, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<AccountResponse>, NotFound>> Me(
        HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(user));
    }

    private static AccountResponse ToResponse(User user) =>
        new(user.Id, user.Email, user.DisplayName, user.TimeZone, user.CreatedAt);
}
