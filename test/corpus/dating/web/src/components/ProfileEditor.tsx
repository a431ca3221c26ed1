import React from 'react';
import { api } from '../api';
import { PhotoGrid } from './PhotoGrid';

export type Orientation = 'straight' | 'gay' | 'lesbian' | 'bisexual' | 'pansexual' | 'asexual' | 'queer';

export interface EditableProfile {
  firstName: string; // expect: personal-data-field user.name.first
  birthDate: string; // expect: personal-data-field user.demographic.date_of_birth
  bio: string; // expect: personal-data-field user.content.public
  sexualOrientation?: Orientation; // expect: sensitive-personal-data-field user.demographic.sexual_orientation
  showOrientationOnProfile: boolean; // trap: visibility toggle, not the orientation itself
  religion?: string; // expect: sensitive-personal-data-field user.demographic.religious_belief
  politicalViews?: 'liberal' | 'moderate' | 'conservative' | 'apolitical'; // expect: sensitive-personal-data-field user.demographic.political_opinion
  photoUrls: string[]; // expect: personal-data-field user.content.self_image
}

interface ProfileEditorProps {
  userId: string; // trap: surrogate key, not personal data by itself
  initial: EditableProfile;
  nameMaxLength: number; // trap: form constraint, not a name
  onSaved?: (profile: EditableProfile) => void;
}

interface ProfileEditorState {
  draft: EditableProfile;
  saving: boolean;
  error?: string;
}

export class ProfileEditor extends React.Component<ProfileEditorProps, ProfileEditorState> {
  state: ProfileEditorState = { draft: this.props.initial, saving: false };

  private update = <K extends keyof EditableProfile>(key: K, value: EditableProfile[K]) => {
    this.setState(({ draft }) => ({ draft: { ...draft, [key]: value } }));
  };

  private save = async () => {
    this.setState({ saving: true, error: undefined });
    try {
      await api.patch(`/users/${this.props.userId}/profile`, this.state.draft); // trap: opaque user id in the URL, the profile travels in the request body
      console.info('profile saved', this.props.userId); // trap: logs the surrogate key only
      this.props.onSaved?.(this.state.draft);
    } catch (e) {
      console.error('profile save failed', this.state.draft); // expect: personal-data-in-log user
      this.setState({ error: 'Could not save your profile' }); // trap: generic error message
    } finally {
      this.setState({ saving: false });
    }
  };

  render() {
    const { draft, saving, error } = this.state;
    return (
      <form onSubmit={(e) => { e.preventDefault(); void this.save(); }}>
        <label>
          First name
          <input value={draft.firstName} maxLength={this.props.nameMaxLength} onChange={(e) => this.update('firstName', e.target.value)} />
        </label>
        <label>
          About me
          <textarea value={draft.bio} onChange={(e) => this.update('bio', e.target.value)} />
        </label>
        <label>
          Orientation
          <select value={draft.sexualOrientation ?? ''} onChange={(e) => this.update('sexualOrientation', e.target.value as Orientation)}>
            <option value="">Prefer not to say</option>
            <option value="straight">Straight</option>
            <option value="gay">Gay</option>
            <option value="lesbian">Lesbian</option>
            <option value="bisexual">Bisexual</option>
            <option value="queer">Queer</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={draft.showOrientationOnProfile} onChange={(e) => this.update('showOrientationOnProfile', e.target.checked)} />
          Show on my profile
        </label>
        <PhotoGrid urls={draft.photoUrls} onChange={(urls) => this.update('photoUrls', urls)} />
        {error && <p role="alert">{error}</p>}
        <button type="submit" disabled={saving}>Save</button>
      </form>
    );
  }
}
