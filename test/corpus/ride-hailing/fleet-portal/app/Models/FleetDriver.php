<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Factories\HasFactory;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Support\Facades\Log;

/**
 * A driver employed or contracted by a fleet partner (taxi company, car-rental fleet).
 */
class FleetDriver extends Model
{
    use HasFactory;

    protected $table = 'fleet_drivers';

    protected $fillable = [
        'fleet_partner_id',
        'full_name', // expect: personal-data-field user.name
        'phone', // expect: personal-data-field user.contact.phone_number
        'email', // expect: personal-data-field user.contact.email
        'date_of_birth', // expect: personal-data-field user.demographic.date_of_birth
        'licence_number', // expect: sensitive-personal-data-field user.government_id.drivers_license_number
        'vehicle_plate', // expect: sensitive-personal-data-field user.government_id.vehicle_registration ; expect: unencrypted-sensitive-storage user.government_id.vehicle_registration
        'iban', // expect: sensitive-personal-data-field user.financial.bank_account
        'status',
    ];

    protected $hidden = [
        'licence_number', // trap: refers to a field declared elsewhere, not a new field (see README)
        'iban', // trap: refers to a field declared elsewhere, not a new field (see README)
    ];

    protected $casts = [
        'date_of_birth' => 'date', // trap: refers to a field declared elsewhere, not a new field (see README)
        'licence_number' => 'encrypted', // trap: refers to a field declared elsewhere, not a new field (see README)
        'iban' => 'encrypted', // trap: refers to a field declared elsewhere, not a new field (see README)
        'last_login_ip' => 'string', // trap: refers to a field declared elsewhere, not a new field (see README)
    ];

    public function partner(): BelongsTo
    {
        return $this->belongsTo(FleetPartner::class, 'fleet_partner_id');
    }

    public function suspend(string $reason): void
    {
        $this->update(['status' => 'suspended']);
        Log::info('Fleet driver suspended', ['id' => $this->id, 'reason' => $reason]); // trap: logs the surrogate key and a reason code only
        Log::warning("Suspended driver {$this->full_name} ({$this->phone})"); // expect: personal-data-in-log user.name ; expect: personal-data-in-log user.contact.phone_number
    }
}
