<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

class BranchOffice extends Model
{
    protected $fillable = [
        'code',
        'name', // trap: the office's name
        'phone', // trap: office switchboard number
        'email', // trap: shared branch mailbox
        'street', // trap: office street address
        'city', // trap: office city
        'postal_code', // trap: office postal code
    ];

    public function agents(): HasMany
    {
        return $this->hasMany(Agent::class);
    }
}
