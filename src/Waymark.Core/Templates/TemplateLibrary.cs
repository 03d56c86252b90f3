namespace Waymark.Core.Templates;

/// <summary>The built-in templates, in the order the template picker shows them.</summary>
public static class TemplateLibrary
{
    public static IReadOnlyList<MapTemplate> All { get; } =
    [
        SaasTrialTemplate.Template,
        EcommercePurchaseTemplate.Template,
        RestaurantVisitTemplate.Template,
        BuyingACarTemplate.Template,
        B2bBankAccountTemplate.Template,
        MobileAppFirstWeekTemplate.Template,
        SubscriptionRenewalTemplate.Template,
        ChurnJourneyTemplate.Template,
        DayInTheLifeTemplate.Template,
        ServiceBlueprintTemplate.Template,
        PatientAppointmentTemplate.Template,
        HotelStayTemplate.Template,
        InsuranceClaimTemplate.Template,
        EmployeeOnboardingTemplate.Template,
    ];

    public static MapTemplate? Find(string id) =>
        All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));
}
