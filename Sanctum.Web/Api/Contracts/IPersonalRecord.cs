namespace Sanctum.Web.Api.Contracts;

/// <summary>What every kept record (contact, provider, medication) has, so lists and editors can be shared.</summary>
public interface IPersonalRecord
{
    Guid Id { get; }

    string Name { get; }

    /// <summary>The crisis override the save of a record the person writes in answered with (none for the others).</summary>
    CrisisInfo? Crisis => null;
}
