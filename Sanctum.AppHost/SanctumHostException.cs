namespace Sanctum.AppHost;

/// <summary>The application could not start: a missing prerequisite, or a resource that never became healthy.</summary>
public sealed class SanctumHostException(string message) : Exception(message);
