//! Step 2: `process_batches` gives the same results however you restructure it.

mod common;

use proptest::prelude::*;
use scoped_drops::workload::sample_batches;
use scoped_drops::{
    BatchError, BatchSummary, RecordError, RecordErrorKind, process_batches,
};

#[test]
fn summarises_every_batch_in_order() {
    let sample = sample_batches(7, 12, 500);
    let expected: Vec<BatchSummary> = sample
        .numbers
        .iter()
        .map(|n| common::model_summary(n))
        .collect();
    assert_eq!(
        process_batches(&sample.texts),
        Ok(expected),
        "the summaries changed: keep the results identical"
    );
}

#[test]
fn the_sample_batches_are_the_numbers_they_hold() {
    let sample = sample_batches(3, 4, 50);
    assert_eq!((sample.texts.len(), sample.numbers.len()), (4, 4));
    for (text, numbers) in sample.texts.iter().zip(&sample.numbers) {
        assert_eq!(numbers.len(), 50);
        assert_eq!(common::model_parse(text).as_ref(), Ok(numbers));
    }
    assert_eq!(
        sample_batches(3, 4, 50),
        sample,
        "the same seed gives the same batches"
    );
    assert_ne!(
        sample_batches(4, 4, 50),
        sample,
        "another seed gives other batches"
    );
}

#[test]
fn handles_no_batches_and_empty_batches() {
    assert_eq!(process_batches(&[]), Ok(vec![]));
    let texts =
        vec![String::new(), "5, 1, 3, 2".to_string(), " , ".to_string()];
    let middle = BatchSummary {
        records: 4,
        sum: 11,
        min: 1,
        max: 5,
        median: 2,
    };
    assert_eq!(
        process_batches(&texts),
        Ok(vec![
            BatchSummary::default(),
            middle,
            BatchSummary::default()
        ]),
        "an empty batch summarises to all zeros; the median of 1,2,3,5 is the lower middle, 2"
    );
}

#[test]
fn names_the_first_bad_batch_and_record() {
    let texts =
        vec!["1,2".to_string(), "3, oops, 4".to_string(), "x".to_string()];
    let error = RecordError {
        record: 1,
        kind: RecordErrorKind::NotANumber,
    };
    assert_eq!(process_batches(&texts), Err(BatchError { batch: 1, error }));
}

proptest! {
    #![proptest_config(common::proptest_config())]

    #[test]
    fn any_batches_give_summaries_or_a_typed_error_never_a_panic(
        texts in prop::collection::vec("[0-9 ,\n]{0,30}|\\PC{0,20}", 0..8),
    ) {
        let expected: Result<Vec<BatchSummary>, BatchError> = texts
            .iter()
            .enumerate()
            .map(|(batch, text)| {
                common::model_parse(text)
                    .map(|numbers| common::model_summary(&numbers))
                    .map_err(|error| BatchError { batch, error })
            })
            .collect();
        prop_assert_eq!(process_batches(&texts), expected);
    }
}
