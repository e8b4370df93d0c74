// The simulator panels: GCAS (submit sample applications, see what GCAS was told), OCI (arm faults, see
// tenancies and regions) and Mail (what the SMTP simulator captured).
import { formatTime, h } from './dom.js';
import { get, post } from './api.js';

export const PANELS = {
  gcas: { title: 'GCAS', render: gcasPanel },
  oci: { title: 'OCI', render: ociPanel },
  mail: { title: 'Mail', render: mailPanel },
};

async function gcasPanel(container, world, toast, reload) {
  const data = await get('/api/gcas');
  const select = h('select', { testid: 'gcas-sample', class: 'select' },
    h('optgroup', { label: 'Valid applications' }, world.samples.valid.map((s) => h('option', { value: s.id }, s.label))),
    h('optgroup', { label: 'Malformed applications' }, world.samples.malformed.map((s) => h('option', { value: s.id }, s.label))));
  const submit = async (event) => {
    event.preventDefault();
    try {
      const added = await post('/api/gcas/applications', { sample: select.value });
      toast(`Submitted ${added.applicationId} to GCAS${added.defect ? ` (${added.defect})` : ''}.`);
    } catch (error) {
      toast(error.message, 'error');
    }
    await reload();
  };
  container.replaceChildren(h('div', { class: 'panel', testid: 'gcas-panel' },
    h('form', { class: 'panel-form', onsubmit: submit },
      h('label', {}, 'Sample application', select),
      h('button', { type: 'submit', class: 'btn btn-primary', testid: 'gcas-submit' }, 'Submit to GCAS')),
    h('h3', {}, `Applications (${data.applications.length})`),
    h('ul', { class: 'panel-list', testid: 'gcas-applications' }, data.applications.map((application) =>
      h('li', { class: 'panel-item', testid: 'gcas-application', 'data-application-id': application.id, 'data-status': application.status },
        h('div', { class: 'panel-item-head' },
          h('code', {}, application.id),
          h('span', { class: `status status-${application.status}`, testid: 'gcas-status' }, application.status),
          application.defect ? h('span', { class: 'tag tag-bad', testid: 'gcas-defect' }, application.defect) : null),
        h('div', { class: 'panel-item-sub' }, application.summary),
        application.events.length > 0
          ? h('ol', { class: 'events' }, application.events.map((e) =>
            h('li', { testid: 'gcas-event', 'data-status': e.status },
              `#${e.sequence} ${e.status} · ${formatTime(e.receivedAt)}`,
              eventDetail(e.body))))
          : h('div', { class: 'muted' }, 'No status events yet.'))))));
}

// step, message and reasons of a status event, as GCAS stored them.
function eventDetail(body) {
  const parts = [body?.step, body?.message, ...(Array.isArray(body?.reasons) ? body.reasons : [])]
    .filter((part) => typeof part === 'string' && part.length > 0);
  return parts.length === 0 ? null : h('div', { class: 'muted event-detail', testid: 'gcas-event-detail' }, parts.join(' / '));
}

async function ociPanel(container, world, toast, reload) {
  const data = await get('/api/oci');
  const count = h('input', { type: 'number', min: 1, max: 1000, class: 'count-input', testid: 'oci-fault-count', placeholder: 'default' });
  const arm = async (fault) => {
    try {
      const value = Number.parseInt(count.value, 10);
      const armed = await post('/api/oci/faults', { kind: fault.kind, count: Number.isInteger(value) ? value : null });
      toast(`Armed: ${fault.label} ×${armed.count}`);
    } catch (error) {
      toast(error.message, 'error');
    }
    await reload();
  };
  const clearFaults = async () => {
    await post('/api/oci/faults/clear', {}).catch((error) => toast(error.message, 'error'));
    toast('OCI faults cleared.');
    await reload();
  };
  container.replaceChildren(h('div', { class: 'panel', testid: 'oci-panel' },
    h('h3', {}, 'Inject faults'),
    h('label', { class: 'inline-label' }, 'N calls', count),
    h('div', { class: 'fault-buttons' }, world.ociFaults.map((fault) =>
      h('button', { type: 'button', class: 'btn', testid: `oci-fault-${fault.kind}`, onclick: () => arm(fault) }, fault.label))),
    h('button', { type: 'button', class: 'btn btn-danger', testid: 'oci-faults-clear', onclick: clearFaults }, 'Clear all faults'),
    h('ul', { class: 'panel-list', testid: 'oci-armed' }, data.armed.map((fault) =>
      h('li', { class: 'panel-item', testid: 'oci-armed-fault', 'data-kind': fault.kind }, `${fault.label} ×${fault.count} · ${formatTime(fault.at)}`))),
    h('h3', {}, 'Tenancies'),
    h('ul', { class: 'panel-list', testid: 'oci-tenancies' }, data.tenancies.map((tenancy) =>
      h('li', { class: 'panel-item', testid: 'oci-tenancy', 'data-state': tenancy.state, 'data-parent': String(tenancy.isParent) },
        h('div', { class: 'panel-item-head' },
          h('strong', {}, tenancy.name),
          tenancy.isParent ? h('span', { class: 'tag' }, 'parent') : null,
          h('span', { class: `status status-${tenancy.state.toLowerCase()}`, testid: 'oci-tenancy-state' }, tenancy.state)),
        h('div', { class: 'panel-item-sub' }, h('code', {}, tenancy.id)),
        h('div', { class: 'regions' }, 'Regions: ', tenancy.regions.map((region) =>
          h('span', { class: 'tag', testid: 'oci-region' }, region))),
        tenancy.isParent || tenancy.state !== 'ACTIVE' ? null : accessForm(tenancy, data.parentTenancyId, toast, reload))))));
}

// The seed's one manual step: as the child's (and the parent's) administrator, paste and apply the statements the
// bot showed in its credentials modal. "Fill in" writes the standard statements, for a quick demo.
function accessForm(tenancy, parentTenancyId, toast, reload) {
  const child = h('textarea', { rows: 3, class: 'statements', testid: 'oci-child-statements', 'data-keep': `child:${tenancy.id}`, placeholder: 'Statements for the child tenancy (one per line)' });
  const parent = h('textarea', { rows: 3, class: 'statements', testid: 'oci-parent-statements', 'data-keep': `parent:${tenancy.id}`, placeholder: 'Statements for the parent tenancy (one per line)' });
  const fill = () => {
    child.value = `Define tenancy ChatOpsParent as ${parentTenancyId}\nAdmit any-user of tenancy ChatOpsParent to manage all-resources in tenancy`;
    parent.value = `Define tenancy ${tenancy.name} as ${tenancy.id}\nEndorse any-user to manage all-resources in tenancy ${tenancy.name}`;
  };
  const apply = async () => {
    try {
      const result = await post('/api/oci/policies', { tenancyId: tenancy.id, childStatements: child.value, parentStatements: parent.value });
      toast(result.parentCanManage ? `Applied: the bot can now manage ${tenancy.name}.` : `Applied, but the bot still cannot manage ${tenancy.name}.`);
    } catch (error) {
      toast(error.message, 'error');
    }
    await reload();
  };
  return h('details', { class: 'access', testid: 'oci-access', 'data-keep': `access:${tenancy.id}`, 'data-granted': String(tenancy.parentCanManage) },
    h('summary', {}, tenancy.parentCanManage ? 'Bot access: granted' : 'Act as administrator: grant the bot access'),
    child, parent,
    h('div', { class: 'fault-buttons' },
      h('button', { type: 'button', class: 'btn', testid: 'oci-fill-statements', onclick: fill }, 'Fill in the standard statements'),
      h('button', { type: 'button', class: 'btn btn-primary', testid: 'oci-apply-policies', onclick: apply }, 'Apply as administrator')));
}

async function mailPanel(container) {
  const data = await get('/api/mail');
  container.replaceChildren(h('div', { class: 'panel', testid: 'mail-panel' },
    h('h3', {}, `Captured e-mail (${data.messages.length})`),
    data.messages.length === 0 ? h('div', { class: 'muted' }, 'No e-mail sent yet.') : null,
    h('ul', { class: 'panel-list' }, data.messages.map((mail) =>
      h('li', { class: 'panel-item', testid: 'mail-item' },
        h('div', { class: 'mail-subject', testid: 'mail-subject' }, mail.subject),
        h('div', { class: 'panel-item-sub' }, 'To: ', h('span', { testid: 'mail-to' }, mail.to.join(', '))),
        h('div', { class: 'panel-item-sub' }, `From: ${mail.from} · ${formatTime(mail.receivedAt)}`),
        h('pre', { class: 'mail-text', testid: 'mail-text' }, mail.text))))));
}
