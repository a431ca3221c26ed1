using System;
using System.ComponentModel.DataAnnotations;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Oakfield.Sis.Entities;

namespace Oakfield.Sis.Services
{
    public record ParentContact(
        [property: Required] string Name, // expect: personal-data-field user.name
        [property: EmailAddress] string Email, // expect: personal-data-field user.contact.email
        [property: Phone] string Mobile, // expect: personal-data-field user.contact.phone_number
        bool PrefersSms);

    public record MessageTemplate(string TemplateName, string Subject, int MaxNameLength); // trap: a template's name and a length limit, not personal data

    public interface ISmsGateway
    {
        Task SendAsync(string to, string body);
    }

    public class ParentMessagingService
    {
        private readonly ISmsGateway _sms;
        private readonly ILogger<ParentMessagingService> _log;

        public ParentMessagingService(ISmsGateway sms, ILogger<ParentMessagingService> log)
        {
            _sms = sms;
            _log = log;
        }

        public async Task NotifyIncidentAsync(Pupil pupil, BehaviourIncident incident, ParentContact parent)
        {
            _log.LogInformation("Notifying parent of {Forename} {Surname}", pupil.Forename, pupil.Surname); // expect: personal-data-in-log user.name
            _log.LogDebug("Incident text: {Text}", incident.IncidentDescription); // expect: personal-data-in-log user.childrens
            if (parent.PrefersSms)
            {
                await _sms.SendAsync(parent.Mobile, $"Please contact the school about {pupil.Forename}.");
                _log.LogInformation("SMS sent to {Mobile}", parent.Mobile); // expect: personal-data-in-log user.contact.phone_number
            }
            else
            {
                _log.LogInformation("Email queued for {Parent}", parent); // expect: personal-data-in-log user
            }

            _log.LogInformation("Incident {IncidentId} notification complete", incident.Id);
        }
    }
}
