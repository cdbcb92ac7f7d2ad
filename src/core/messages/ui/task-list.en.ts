/** English strings of task-list. */
export const taskListEn = {
  'ui.task.title': 'Tasks',
  'ui.task.list': 'Your interactions',
  'ui.task.empty': 'No interactions yet.',
  'ui.task.schedule': 'Schedule a callback',
  'ui.task.reason': 'Reason: {reason}',
  'ui.task.partial': 'Showing {shown} of {total} interactions; the others appear as you scroll to them or move there with the arrow keys.',
} as const;
