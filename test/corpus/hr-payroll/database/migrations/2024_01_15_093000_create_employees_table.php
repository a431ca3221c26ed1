<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('departments', function (Blueprint $table) {
            $table->id();
            $table->string('name'); // trap: a department's name, not a person's
            $table->string('cost_centre', 12);
            $table->string('shared_inbox_email')->nullable(); // trap: a team mailbox, organisation contact detail
            $table->string('office_address')->nullable(); // trap: the office building's address, an organisation
            $table->timestamps();
        });

        Schema::create('employees', function (Blueprint $table) {
            $table->id();
            $table->string('employee_number', 16)->unique(); // expect: personal-data-field user.unique_id
            $table->string('first_name'); // expect: personal-data-field user.name.first
            $table->string('last_name'); // expect: personal-data-field user.name.last
            $table->string('personal_email')->nullable(); // expect: personal-data-field user.contact.email
            $table->string('work_email')->unique(); // expect: personal-data-field user.contact.email
            $table->timestamp('email_verified_at')->nullable(); // trap: a verification timestamp, not the address
            $table->string('mobile_phone', 32)->nullable(); // expect: personal-data-field user.contact.phone_number
            $table->text('home_address')->nullable(); // expect: personal-data-field user.contact.address
            $table->date('date_of_birth'); // expect: personal-data-field user.demographic.date_of_birth
            $table->text('national_insurance_number')->nullable(); // expect: sensitive-personal-data-field user.government_id.national_identification_number
            $table->string('job_title'); // expect: personal-data-field user.job_title
            $table->foreignId('department_id')->constrained();
            $table->text('annual_salary'); // expect: personal-data-field user.financial
            $table->boolean('trade_union_member')->default(false); // expect: sensitive-personal-data-field user.demographic.trade_union_membership ; expect: unencrypted-sensitive-storage user.demographic.trade_union_membership
            $table->string('password'); // trap: holds the bcrypt hash written by the 'hashed' cast, hash, not the plaintext
            $table->rememberToken();
            $table->timestamps();
        });

        Schema::create('emergency_contacts', function (Blueprint $table) {
            $table->id();
            $table->foreignId('employee_id')->constrained()->cascadeOnDelete(); // trap: surrogate key, not personal data by itself
            $table->string('contact_name'); // expect: personal-data-field user.name
            $table->string('relationship', 40); // expect: personal-data-field user.demographic.marital_status
            $table->string('contact_phone', 32); // expect: personal-data-field user.contact.phone_number
            $table->string('contact_email')->nullable(); // expect: personal-data-field user.contact.email
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('emergency_contacts');
        Schema::dropIfExists('employees');
        Schema::dropIfExists('departments');
    }
};
