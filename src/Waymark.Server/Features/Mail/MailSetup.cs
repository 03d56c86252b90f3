using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Waymark.Server.Features.Mail;

/// <summary>
/// Mail (ADR 025): the settings, the outbox requests queue mail in, the SMTP sender and the delivery service. Always
/// registered; with no Mail:Smtp:Host the outbox takes nothing and the web app offers links to hand over instead.
/// </summary>
public static class MailSetup
{
    public static WebApplicationBuilder AddWaymarkMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailOptions>().Bind(builder.Configuration.GetSection(MailOptions.Section))
            .Validate(o => o.IsValid(), MailOptions.Rules).ValidateOnStart();
        builder.Services.AddSingleton<MailOutbox>();
        builder.Services.TryAddSingleton<IMailSender, SmtpMailSender>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<MailDelivery>();
        return builder;
    }
}
