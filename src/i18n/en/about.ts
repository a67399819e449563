import { formatCitation } from '../../model/evidence';
import { ABOUT_SOURCES, type AboutSection, type about as sv } from '../sv/about';

/** English: the plain-language page about the model (linked from the assumptions panel). */
export const about: typeof sv = {
  title: 'About the model',
  lead: 'How Halvera works things out, what its numbers mean and what they do not tell you. This page is for people who make decisions or review the case for them, not for statisticians.',
  sections: [
    {
      heading: 'What the model does',
      paragraphs: [
        'Halvera follows every child in a municipality from birth to sixteen, one year at a time. Each child carries a hidden load of difficulties that shifts slowly over the years: some children’s problems show early, others only in their teens. A child whose load is above a set line at sixteen leaves compulsory school without the grades needed for upper-secondary school. The line is placed so that, with no plan, the share is exactly what the municipality sees today: about 20 in 150 children in Hedemora, for instance.',
        'A plan gives support to some of the children; more money buys more places and reaches more children. Support lowers a child’s load by the effect size of the intervention, and the model then counts how many children still end up above the line.',
        'The same children are simulated with and without the plan, using exactly the same random numbers, so the difference between the two is the effect of the plan and nothing else. The whole thing is run hundreds of times, which shows both the likely outcome and how far chance alone can move it.',
      ],
    },
    {
      heading: 'What an effect size is',
      paragraphs: [
        'Research usually reports how well an intervention works as an effect size, d: how much better, on average, the children who received it do than a comparison group, measured in standard deviations, that is, against how much children normally differ from one another. An effect size of 0.2 counts as small and 0.5 as medium.',
        'To give a sense of scale: if all 150 children in one of Hedemora’s year groups received an intervention with d = 0.2, the number leaving school without eligibility would fall from about 20 to about 14. With d = 0.044 it would fall to just under 19. Small effects are not worthless, but on their own they do not go far.',
      ],
    },
    {
      heading: 'Cautious effects and effects as in the studies',
      paragraphs: [
        'Studies often measure an effect straight after the intervention ends, and on something other than eligibility, such as parents’ ratings of their child’s behaviour. Halvera therefore translates each study’s effect into an effect on eligibility at sixteen, using the ratio between the effect on school results and the effect on behaviour found in the same body of research. That is what “as in the studies” means.',
        'In ordinary municipal services effects tend to be smaller than in trials: programmes are delivered less faithfully, staff come and go, and the families taking part differ from those in the research. The Washington State Institute for Public Policy (WSIPP) scales published effects down for this reason; for the Incredible Years parenting programme it keeps about 37 per cent of the effect on school results. “Cautious” effects are what is left after that adjustment. They are the default because they are what a municipality can reasonably expect.',
        'Once support stops, its effect fades. How quickly is uncertain: a review of parenting programmes found no fading at all over three years, while WSIPP’s figures imply somewhere between about 7 and 18 per cent a year. The model lets you see what that difference does.',
      ],
    },
    {
      heading: 'Two kinds of uncertainty',
      paragraphs: [
        'The first is chance: which children are born with which difficulties, whose needs are noticed and who gets a place. It is always there, and in a small municipality it is large: with 150 children in a year group, the number without eligibility can move by several children from one year to the next with no plan at all.',
        'The second is about the assumptions: how large the effects really are, what support costs and what a life outside work and society costs. In each run the model draws fresh values from plausible ranges, so the spread of the results also shows how uncertain our knowledge is. Either kind can be switched off to see what it contributes.',
      ],
    },
    {
      heading: 'Money',
      paragraphs: [
        'The cost is what the plan actually spends. Money that cannot be used, for instance because there are not enough children to reach, is not counted as a cost and is reported separately. The benefit is the costs avoided when a child who would otherwise have ended up in lifelong exclusion manages instead. The figures rest on the socio-economic calculations of Ingvar Nilsson and Anders Wadeskog, who put the cost of one person’s exclusion from 20 to 65 at between 10 and 16 million kronor. Costs and savings further ahead are converted to today’s value with a discount rate.',
        'The savings are shared between the municipality, the region and the state. An avoided cost is not always money back in a budget; often it frees staff time that then goes to other children. Lars Hultkrantz explains in his book on social investment funds (SNS, 2015) why the difference matters when a fund expects its money back.',
      ],
    },
    {
      heading: 'What the model leaves out',
      paragraphs: [
        'The model does not put a price on people’s lives or suffering: a child who gets through school is worth more than the costs avoided. It measures a single outcome, eligibility for upper-secondary school at sixteen, and what follows from it; not mental health, safety or a family’s well-being in their own right.',
        'It assumes that money can buy places and that support can be built up within a year. It knows nothing about which programme is used or how well it is run, beyond the average adjustments. It treats children as alike in everything except their load, not by background, school or neighbourhood. It ignores families moving in and out, and the way a child who gets help affects classmates. Effects of several interventions are simply added together, which may overstate them. Wider trends in schooling are outside the model.',
        'Its numbers are a way to think a plan through and compare options, not a forecast anyone can promise.',
      ],
    },
    {
      heading: 'The municipalities behind the tool',
      paragraphs: [
        'Halvera grew out of three real cases. Hedemora set out to halve the number of children at risk within ten years and proposed building up an intervention budget of 4.5 million kronor for early detection, a shared first line of support and school attendance. Nacka set aside 3 million kronor for early intervention in 2013 and spent 558,000, mostly on staff training and an attempt to build indicators. In Torshälla, Team Samagera received 3.8 million kronor from Eskilstuna’s social investment fund for parenting support and coordinated individual plans, but it took a year to staff the project and its special-needs teacher left twice.',
      ],
    },
  ] as AboutSection[],
  sourcesHeading: 'Sources',
  sourcesIntro:
    'Where a year or a figure could not be checked, the list of sources says so. Anything without a source is marked as an assumption, with the reasoning, in the assumptions panel.',
  sources: ABOUT_SOURCES.map(formatCitation),
  assumptionWord: 'assumption',
  backLink: 'Back to the tool',
  openLink: 'How the model works',
};
