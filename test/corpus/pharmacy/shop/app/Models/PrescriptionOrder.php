<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Support\Facades\Cache;

class PrescriptionOrder extends Model
{
    protected $fillable = [
        'customer_id',
        'nhs_number', // expect: sensitive-personal-data-field user.government_id.national_identification_number
        'medicine', // expect: sensitive-personal-data-field user.health_and_medical
        'consultation_answers', // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
        'allergies', // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
        'delivery_postcode', // expect: personal-data-field user.contact.address.postal_code
        'status',
    ];

    protected $casts = [
        'nhs_number' => 'encrypted', // trap: a cast rule for the column declared in $fillable, not a second field
        'medicine' => 'encrypted', // trap: a cast rule for the column declared in $fillable, not a second field
        'consultation_answers' => 'array', // trap: a cast rule for the column declared in $fillable, not a second field
    ];

    /** The pharmacist's screening queue reads the summary from the cache for an hour. */
    public function cacheForScreening(): void
    {
        Cache::put("screening:{$this->id}", [
            'allergies' => $this->allergies, // expect: unencrypted-sensitive-storage user.health_and_medical
            'status' => $this->status,
        ], now()->addHour());
    }
}
