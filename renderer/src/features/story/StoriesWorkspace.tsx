import { useWorkbench } from '../../state/hooks';
import { Presentation } from '../present/Presentation';
import { StoryEditor } from './StoryEditor';
import { StoryList } from './StoryList';
import './story.css';

/** The stories screen in place of the data screens: the list on the left, the story being edited beside it, and the presentation over all. */
export function StoriesWorkspace() {
  const presenting = useWorkbench((s) => s.presenting);
  return (
    <div className="workbench-body stories-body" data-testid="stories">
      <StoryList />
      <main className="workbench-main stories-main">
        <StoryEditor />
      </main>
      {presenting && <Presentation key={presenting.storyId} presenting={presenting} />}
    </div>
  );
}
