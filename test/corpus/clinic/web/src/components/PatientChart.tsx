import React, { useEffect, useState } from 'react';
import { fetchLabResults, fetchPatient } from '../api/patients';
import { formatDate } from '../util/dates';

export interface LabResultRow {
  id: string;
  testCode: string; // expect: sensitive-personal-data-field user.health_and_medical
  testName: string; // expect: sensitive-personal-data-field user.health_and_medical
  value: number; // expect: sensitive-personal-data-field user.health_and_medical
  unit: string;
  abnormalFlag: 'H' | 'L' | 'N'; // expect: sensitive-personal-data-field user.health_and_medical
  resultInterpretation: string; // expect: sensitive-personal-data-field user.health_and_medical
  collectedAt: string;
}

export interface PatientChartProps {
  patientId: string; // trap: surrogate key, not personal data by itself
  patientName: string; // expect: personal-data-field user.name
  dateOfBirth: string; // expect: personal-data-field user.demographic.date_of_birth
  medicalRecordNumber: string; // expect: sensitive-personal-data-field user.health_and_medical.record_id
  activeDiagnoses: string[]; // expect: sensitive-personal-data-field user.health_and_medical
  currentMedications: string[]; // expect: sensitive-personal-data-field user.health_and_medical
  onOpenReferral?: (patientId: string) => void;
  nameColumnWidth?: number; // trap: layout width of the name column, not a name
}

interface PatientChartState {
  loading: boolean;
  labResults: LabResultRow[]; // expect: sensitive-personal-data-field user.health_and_medical
  hivStatus?: 'positive' | 'negative' | 'unknown'; // expect: sensitive-personal-data-field user.health_and_medical
  error?: string;
}

export function PatientChart(props: PatientChartProps): JSX.Element {
  const [state, setState] = useState<PatientChartState>({ loading: true, labResults: [] });

  useEffect(() => {
    let cancelled = false;
    fetchLabResults(props.patientId)
      .then((labResults) => {
        if (!cancelled) setState({ loading: false, labResults });
      })
      .catch((err: Error) => {
        console.error(`Could not load labs for ${props.patientName}`, err); // expect: personal-data-in-log user.name
        if (!cancelled) setState({ loading: false, labResults: [], error: err.message });
      });
    return () => {
      cancelled = true;
    };
  }, [props.patientId]);

  return (
    <section className="patient-chart">
      <header>
        <h2>{props.patientName}</h2>
        <span>DOB {formatDate(props.dateOfBirth)}</span>
        <span>MRN {props.medicalRecordNumber}</span>
      </header>
      <h3>Diagnoses</h3>
      <ul>
        {props.activeDiagnoses.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      <h3>Lab results</h3>
      {state.loading ? (
        <p>Loading…</p>
      ) : (
        <table>
          <tbody>
            {state.labResults.map((r) => (
              <tr key={r.id} className={r.abnormalFlag !== 'N' ? 'abnormal' : undefined}>
                <td>{r.testName}</td>
                <td>
                  {r.value} {r.unit}
                </td>
                <td>{formatDate(r.collectedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.onOpenReferral && (
        <button onClick={() => props.onOpenReferral?.(props.patientId)}>Refer</button>
      )}
    </section>
  );
}

export function PatientBanner({ patientId }: { patientId: string }): JSX.Element {
  const [patient, setPatient] = useState<{ fullName: string } | null>(null); // expect: personal-data-field user.name
  useEffect(() => {
    fetchPatient(patientId).then((loadedPatient) => {
      console.debug('Loaded patient for banner', loadedPatient); // expect: personal-data-in-log user
      setPatient(loadedPatient);
    });
  }, [patientId]);
  return <div className="banner">{patient ? patient.fullName : '…'}</div>;
}
