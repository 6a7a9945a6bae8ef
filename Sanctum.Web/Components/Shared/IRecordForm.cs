namespace Sanctum.Web.Components.Shared;

/// <summary>
/// The editable side of a record: a mutable model the inputs bind to, turned into the Api's request on
/// save. Property names follow the Api's field names, so its field errors land beside the right inputs.
/// </summary>
public interface IRecordForm<out TRequest>
{
    TRequest ToRequest();
}
