<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Department extends Model
{
    protected $fillable = [
        'name', // trap: a department's name, not a person's
        'cost_centre',
        'shared_inbox_email', // trap: the department's shared mailbox, organisation contact detail
        'office_address', // trap: the office building's address, an organisation
        'payslip_email_template_id', // trap: template identifier, not an address
    ];

    public function employees(): HasMany
    {
        return $this->hasMany(Employee::class);
    }
}
