import * as React from 'react';
import { Avatar, Badge, Card, Tooltip } from '../../ui';
import { logger } from '../../lib/logger';

export type YearGroup = 'R' | '1' | '2' | '3' | '4' | '5' | '6';

export interface GuardianContact {
  name: string; // expect: personal-data-field user.name
  phone: string; // expect: personal-data-field user.contact.phone_number
  email?: string; // expect: personal-data-field user.contact.email
  isPrimary: boolean;
}

export interface StudentProfileCardProps {
  studentId: string; // trap: surrogate key, not personal data by itself
  preferredName: string; // expect: personal-data-field user.name
  legalSurname: string; // expect: personal-data-field user.name.last
  yearGroup: YearGroup; // expect: personal-data-field user.demographic.age_range
  photoUrl?: string; // expect: personal-data-field user.content.self_image
  allergies: string[]; // expect: sensitive-personal-data-field user.health_and_medical
  hasEpiPen: boolean; // expect: sensitive-personal-data-field user.health_and_medical
  senNeeds?: string; // expect: sensitive-personal-data-field user.health_and_medical
  childProtectionPlan: boolean; // expect: sensitive-personal-data-field user.childrens
  guardians: GuardianContact[];
  cardLayout?: 'compact' | 'full'; // trap: a UI layout option, not a payment card
  onMessageGuardian?: (guardian: GuardianContact) => void;
}

interface StudentProfileCardState {
  showMedical: boolean;
  attendancePercent?: number; // expect: sensitive-personal-data-field user.childrens
  latestReadingAge?: string; // expect: sensitive-personal-data-field user.childrens
}

export class StudentProfileCard extends React.Component<StudentProfileCardProps, StudentProfileCardState> {
  state: StudentProfileCardState = { showMedical: false };

  componentDidMount(): void {
    fetch(`/api/students/${this.props.studentId}/summary`)
      .then((r) => r.json())
      .then((summary: Pick<StudentProfileCardState, 'attendancePercent' | 'latestReadingAge'>) => this.setState(summary))
      .catch((err) => logger.error('summary failed', { student: this.props.preferredName, err })); // expect: personal-data-in-log user.name
  }

  private toggleMedical = (): void => {
    logger.info(`Medical panel opened for ${this.props.preferredName} ${this.props.legalSurname}`); // expect: personal-data-in-log user.name
    this.setState((s) => ({ showMedical: !s.showMedical }));
  };

  render(): React.ReactNode {
    const { preferredName, legalSurname, yearGroup, photoUrl, allergies, hasEpiPen, guardians } = this.props;
    const compact = this.props.cardLayout === 'compact';
    return (
      <Card className={compact ? 'student-card compact' : 'student-card'}>
        <Avatar src={photoUrl} alt={`${preferredName} ${legalSurname}`} />
        <h3>
          {preferredName} {legalSurname} <Badge>Year {yearGroup}</Badge>
        </h3>
        {this.props.childProtectionPlan && (
          <Tooltip text="Speak to the DSL before sharing information">
            <Badge tone="danger">CP</Badge>
          </Tooltip>
        )}
        <button onClick={this.toggleMedical}>{this.state.showMedical ? 'Hide' : 'Show'} medical</button>
        {this.state.showMedical && (
          <ul>
            {allergies.map((a) => (
              <li key={a}>{a}</li>
            ))}
            {hasEpiPen && <li>Carries an EpiPen</li>}
          </ul>
        )}
        {!compact &&
          guardians.map((g) => (
            <p key={g.phone}>
              {g.name} {g.isPrimary ? '(primary)' : ''}
              <button onClick={() => this.props.onMessageGuardian?.(g)}>Message</button>
            </p>
          ))}
      </Card>
    );
  }
}
