<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class Agent extends Model
{
    protected $fillable = [
        'branch_office_id', // trap: surrogate foreign key
        'employee_number', // expect: personal-data-field user.unique_id
        'first_name', // expect: personal-data-field user.name.first
        'last_name', // expect: personal-data-field user.name.last
        'date_of_birth', // expect: personal-data-field user.demographic.date_of_birth
        'work_email', // expect: personal-data-field user.contact.email
        'mobile_phone', // expect: personal-data-field user.contact.phone_number
        'home_address', // expect: personal-data-field user.contact.address
        'job_title', // expect: personal-data-field user.job_title
    ];

    protected $hidden = [
        'ssn', // trap: $hidden refers to a column declared in the migration
        'password_hash',
        'remember_token',
    ];

    protected $casts = [
        'date_of_birth' => 'date', // trap: $casts refers to a column declared in the migration
        'ssn' => 'encrypted', // trap: $casts refers to a column declared in the migration
    ];

    public function branchOffice(): BelongsTo
    {
        return $this->belongsTo(BranchOffice::class);
    }

    public function getFullNameAttribute(): string // trap: an accessor method over columns declared elsewhere, not a field
    {
        return "{$this->first_name} {$this->last_name}";
    }
}
