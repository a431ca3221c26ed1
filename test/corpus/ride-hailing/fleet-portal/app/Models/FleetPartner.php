<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

/**
 * A company that supplies drivers and vehicles. Its contact details are the organisation's.
 */
class FleetPartner extends Model
{
    protected $fillable = [
        'company_name', // trap: organisation name, not a person's
        'company_phone', // trap: organisation switchboard, not a person's number
        'billing_address', // trap: the company's billing address
        'support_email', // trap: shared company mailbox, not a person's email
        'uen',
        'contact_person_name', // expect: personal-data-field user.name
        'contact_person_mobile', // expect: personal-data-field user.contact.phone_number
    ];

    public function drivers(): HasMany
    {
        return $this->hasMany(FleetDriver::class);
    }
}
