<?php

use App\Http\Controllers\AppointmentController;
use App\Http\Controllers\IntakeController;
use App\Models\Clinic;
use App\Models\Patient;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Route;

Route::get('/status', fn () => ['ok' => true, 'time' => now()->toIso8601String()]); // trap: status endpoint, no personal data

Route::get('/clinics', fn () => Clinic::query()->select(['id', 'name', 'opening_hours'])->get()); // trap: clinic directory, organisation data only

Route::get('/patients/{patient}', function (Patient $patient) { // expect: unauthenticated-personal-data-route user
    return $patient->load('allergies', 'medications');
});

Route::post('/patients/{patient}/phone', function (Request $request, Patient $patient) { // expect: unauthenticated-personal-data-route user.contact.phone_number
    $patient->update(['mobile_phone' => $request->input('mobile_phone')]);
    return response()->noContent();
});

Route::middleware('auth:sanctum')->group(function () {
    Route::get('/me', fn (Request $request) => $request->user()->patient); // trap: group guarded by auth:sanctum
    Route::get('/appointments', [AppointmentController::class, 'index']); // trap: group guarded by auth:sanctum
    Route::post('/intakes', [IntakeController::class, 'store']); // trap: group guarded by auth:sanctum
});

Route::get('/patients/{patient}/medications', function (Patient $patient) { // trap: guarded by ->middleware('auth') below
    return $patient->medications;
})->middleware('auth');
