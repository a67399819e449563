/** Swedish: controls (municipality, plan, assumptions), compare and share. */
export const controls = {
  budgetLabel: 'Budget för tidiga insatser',
  perYear: 'kr per år',
};
