<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Factories\HasFactory;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Database\Eloquent\Relations\HasMany;
use Illuminate\Support\Facades\Log;

class Employee extends Model
{
    use HasFactory;

    protected $table = 'employees';

    protected $fillable = [
        'employee_number', // expect: personal-data-field user.unique_id
        'first_name', // expect: personal-data-field user.name.first
        'last_name', // expect: personal-data-field user.name.last
        'personal_email', // expect: personal-data-field user.contact.email
        'work_email', // expect: personal-data-field user.contact.email
        'mobile_phone', // expect: personal-data-field user.contact.phone_number
        'home_address', // expect: personal-data-field user.contact.address
        'date_of_birth', // expect: personal-data-field user.demographic.date_of_birth
        'national_insurance_number', // expect: sensitive-personal-data-field user.government_id.national_identification_number
        'job_title', // expect: personal-data-field user.job_title
        'department_id',
        'annual_salary', // expect: personal-data-field user.financial
        'trade_union_member', // expect: sensitive-personal-data-field user.demographic.trade_union_membership ; expect: unencrypted-sensitive-storage user.demographic.trade_union_membership
        'password', // trap: Laravel's 'hashed' cast stores a bcrypt hash here, hash, not the plaintext
    ];

    protected $hidden = [
        'password', // trap: serialisation rule for the hashed column above, not a field
        'remember_token',
        'national_insurance_number', // trap: a serialisation rule for the column declared in $fillable, not a second field
    ];

    protected $casts = [
        'date_of_birth' => 'date', // trap: a cast rule for the column declared in $fillable, not a second field
        'email_verified_at' => 'datetime', // trap: when the address was verified, not the address
        'annual_salary' => 'encrypted', // trap: a cast rule for the column declared in $fillable, not a second field
        'national_insurance_number' => 'encrypted', // trap: a cast rule for the column declared in $fillable, not a second field
        'trade_union_member' => 'boolean', // trap: a cast rule for the column declared in $fillable, not a second field
        'password' => 'hashed', // trap: hash, not the plaintext
    ];

    public function department(): BelongsTo
    {
        return $this->belongsTo(Department::class);
    }

    public function leaveRequests(): HasMany
    {
        return $this->hasMany(LeaveRequest::class);
    }

    public function promote(string $newTitle, int $newSalary): void
    {
        Log::info("Promoting {$this->first_name} {$this->last_name} to {$newTitle}"); // expect: personal-data-in-log user.name
        Log::debug('Salary change', ['from' => $this->annual_salary, 'to' => $newSalary]); // expect: personal-data-in-log user.financial
        $this->update(['job_title' => $newTitle, 'annual_salary' => $newSalary]);
    }
}
