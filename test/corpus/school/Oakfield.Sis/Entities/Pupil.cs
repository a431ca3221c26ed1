using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;

namespace Oakfield.Sis.Entities
{
    [Table("Pupils")]
    public class Pupil
    {
        public int Id { get; set; }

        [Required, StringLength(13)]
        [Column("UPN")]
        public string UniquePupilNumber { get; set; } = string.Empty; // expect: sensitive-personal-data-field user.government_id ; expect: unencrypted-sensitive-storage user.government_id

        [Required, StringLength(80)]
        public string Forename { get; set; } = string.Empty; // expect: personal-data-field user.name.first

        [Required, StringLength(80)]
        public string Surname { get; set; } = string.Empty; // expect: personal-data-field user.name.last

        [Column(TypeName = "date")]
        public DateTime DateOfBirth { get; set; } // expect: personal-data-field user.demographic.date_of_birth

        [StringLength(1)]
        public string? Gender { get; set; } // expect: personal-data-field user.demographic.gender

        [Column("NationalityCode")]
        public string? Nationality { get; set; } // expect: personal-data-field user.demographic

        public bool EligibleForPupilPremium { get; set; } // expect: personal-data-field user.financial

        public bool YoungCarer { get; set; } // expect: sensitive-personal-data-field user.childrens ; expect: unencrypted-sensitive-storage user.childrens

        public ICollection<MedicalAdministration> Medications { get; set; } = new List<MedicalAdministration>();

        public ICollection<BehaviourIncident> Incidents { get; set; } = new List<BehaviourIncident>();
    }

    [Table("MedicalAdministrations")]
    public class MedicalAdministration
    {
        public long Id { get; set; }
        public int PupilId { get; set; } // trap: surrogate key, not personal data by itself

        [Required, StringLength(120)]
        public string MedicineName { get; set; } = string.Empty; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

        [StringLength(60)]
        public string Dose { get; set; } = string.Empty; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

        public DateTime AdministeredAt { get; set; }

        [StringLength(160)]
        public string AdministeredByName { get; set; } = string.Empty; // expect: personal-data-field user.name
    }

    [Table("BehaviourIncidents")]
    public class BehaviourIncident
    {
        public long Id { get; set; }
        public int PupilId { get; set; }
        public DateTime OccurredAt { get; set; }

        [Column("Description")]
        public string IncidentDescription { get; set; } = string.Empty; // expect: sensitive-personal-data-field user.childrens ; expect: unencrypted-sensitive-storage user.childrens

        public int? FixedTermExclusionDays { get; set; } // expect: sensitive-personal-data-field user.childrens ; expect: unencrypted-sensitive-storage user.childrens

        public bool PoliceInvolved { get; set; } // expect: sensitive-personal-data-field user.criminal_history ; expect: unencrypted-sensitive-storage user.criminal_history

        public string? RoomName { get; set; } // trap: the room where it happened, not a person's name
    }

    /// <summary>Term dates and office details, one row per school in the trust.</summary>
    [Table("Schools")]
    public class School
    {
        public int Id { get; set; }
        public string Name { get; set; } = string.Empty; // trap: the school's name, an organisation

        [EmailAddress]
        public string OfficeEmail { get; set; } = string.Empty; // trap: the school office mailbox, organisation contact detail

        [Phone]
        public string OfficePhone { get; set; } = string.Empty; // trap: the school switchboard, organisation contact detail

        public string Address { get; set; } = string.Empty; // trap: the school's site address, an organisation
    }
}
