using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Pages.Companion;

/// <summary>A shift the companion proposed and the person has not decided on yet.</summary>
public sealed record PendingProposal(Guid Id, ProposedShiftInfo Shift);
