using Sanctum.Api.Http;
using Sanctum.Core.Profile;

namespace Sanctum.Api.Contacts;

public sealed record ContactRequest(
    string? Name, string? Relationship, string? Email, string? Phone, string? WhenToCall, bool AlertsOptIn)
    : IRecordRequest<EmergencyContact>
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("name", Name, 100);
        errors.MaxLength("relationship", Relationship, 100);
        errors.Email("email", Email, required: false);
        errors.MaxLength("phone", Phone, 40);
        errors.MaxLength("whenToCall", WhenToCall, 500);
        if (string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone))
            errors.Add("phone", "Add a phone number or an email so this person can be reached.");
        if (AlertsOptIn && string.IsNullOrWhiteSpace(Email))
            errors.Add("email", "Alerts are sent by email, so an email is needed to turn them on.");
    }

    public EmergencyContact ToRecord()
    {
        var contact = new EmergencyContact { Name = "" };
        ApplyTo(contact);
        return contact;
    }

    public void ApplyTo(EmergencyContact contact)
    {
        contact.Name = Name!.Trim();
        contact.Relationship = Relationship.TrimToNull();
        contact.Email = Email.TrimToNull();
        contact.Phone = Phone.TrimToNull();
        contact.WhenToCall = WhenToCall.TrimToNull();
        contact.AlertsOptIn = AlertsOptIn;
    }
}

public sealed record ContactResponse(
    Guid Id, string Name, string? Relationship, string? Email, string? Phone, string? WhenToCall, bool AlertsOptIn,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : IRecordResponse<EmergencyContact, ContactResponse>
{
    public static ContactResponse From(EmergencyContact c) =>
        new(c.Id, c.Name, c.Relationship, c.Email, c.Phone, c.WhenToCall, c.AlertsOptIn, c.CreatedAt, c.UpdatedAt);
}

public static class ContactsApi
{
    public static RouteGroupBuilder MapContactsApi(this RouteGroupBuilder me) =>
        me.MapGroup("/contacts").WithTags("Emergency contacts")
            .MapPersonalCollection<EmergencyContact, ContactRequest, ContactResponse>();
}
