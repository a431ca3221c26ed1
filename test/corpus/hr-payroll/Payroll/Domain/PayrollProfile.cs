using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;

namespace Acme.Payroll.Domain;

[Table("payroll_profiles")]
public class PayrollProfile
{
    [Key]
    public Guid Id { get; set; }

    [Column("employee_id")]
    public long EmployeeId { get; set; } // trap: surrogate key, not personal data by itself

    [Required, MaxLength(160)]
    [Column("legal_name")]
    public string LegalName { get; set; } = ""; // expect: personal-data-field user.name

    [Required, EmailAddress]
    [Column("payslip_email")]
    public string PayslipEmail { get; set; } = ""; // expect: personal-data-field user.contact.email

    [Required, StringLength(11)]
    [Column("ssn")]
    public string SocialSecurityNumber { get; set; } = ""; // expect: sensitive-personal-data-field user.government_id.national_identification_number.us_ssn ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.us_ssn

    [Column("tax_filing_status")]
    public string TaxFilingStatus { get; set; } = "single"; // expect: personal-data-field user.demographic.marital_status

    [Column("w4_allowances")]
    public int W4Allowances { get; set; }

    [Column("bank_routing_number")]
    [StringLength(9)]
    public string BankRoutingNumber { get; set; } = ""; // trap: the ABA number of the bank, identifies the institution, not the employee

    [Column("bank_account_number")]
    public string BankAccountNumber { get; set; } = ""; // expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account

    [Column("iban")]
    public string? Iban { get; set; } // expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account

    [Column("base_salary", TypeName = "decimal(12,2)")]
    public decimal BaseSalary { get; set; } // expect: personal-data-field user.financial

    [Column("garnishment_order_ref")]
    public string? GarnishmentOrderRef { get; set; } // expect: personal-data-field user.financial

    [Column("union_dues_deduction")]
    public bool UnionDuesDeduction { get; set; } // expect: sensitive-personal-data-field user.demographic.trade_union_membership ; expect: unencrypted-sensitive-storage user.demographic.trade_union_membership

    public List<Payslip> Payslips { get; set; } = new();
}

[Table("payslips")]
public class Payslip
{
    public long Id { get; set; }
    public Guid PayrollProfileId { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }

    [Column("gross_pay", TypeName = "decimal(12,2)")]
    public decimal GrossPay { get; set; } // expect: personal-data-field user.financial

    [Column("net_pay", TypeName = "decimal(12,2)")]
    public decimal NetPay { get; set; } // expect: personal-data-field user.financial

    [Column("pdf_file_name")]
    public string PdfFileName { get; set; } = ""; // trap: a file's name, not a person's

    [Column("tax_rate", TypeName = "decimal(5,4)")]
    public decimal TaxRate { get; set; } // trap: a bracket rate from the tax table, not a tax id
}

/// <summary>Reference data: one row per bank, loaded from the Fed routing directory.</summary>
[Table("banks")]
public class Bank
{
    [Key, StringLength(9)]
    public string RoutingNumber { get; set; } = "";
    public string Name { get; set; } = ""; // trap: a bank's name, an organisation
    public string Address { get; set; } = ""; // trap: a bank's head office address, an organisation
    public string AccountType { get; set; } = "checking"; // trap: a product type enum on reference data, not an account number
}

public sealed record BankChangeRequest(
    Guid PayrollProfileId,
    [property: Required] string NewAccountNumber, // expect: sensitive-personal-data-field user.financial.bank_account
    [property: Required] string AccountHolderName, // expect: personal-data-field user.name
    [property: EmailAddress] string ConfirmationEmail); // expect: personal-data-field user.contact.email
