// @generated from AWS::Transfer::Workflow (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Transfer::Workflow` and its property types.

/// Resource Type definition for AWS::Transfer::Workflow
///
/// CloudFormation type `AWS::Transfer::Workflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct Workflow {
    props: ::forma_core::schema::Props,
}
impl Workflow {
    /// A new resource with its required properties: `Steps`.
    #[track_caller]
    pub fn new(steps: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WorkflowStep>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, steps.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A textual description for the workflow.
    ///
    /// Allowed: length 0 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the steps (actions) to take if any errors are encountered during execution of the workflow.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn on_exception_steps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WorkflowStep>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Key-value pairs that can be used to group and search for workflows.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Workflow {
    type Attributes = WorkflowAttributes;
    fn type_name(&self) -> &str {
        "AWS::Transfer::Workflow"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::Transfer::Workflow` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkflowAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkflowAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkflowAttributes {
    /// `Fn::GetAtt` `WorkflowId`.
    pub fn workflow_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkflowId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `COPY`, `CUSTOM`, `DECRYPT`, `DELETE`, `TAG`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `COPY`
    Copy,
    /// `CUSTOM`
    Custom,
    /// `DECRYPT`
    Decrypt,
    /// `DELETE`
    Delete,
    /// `TAG`
    Tag,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Copy => "COPY",
            Self::Custom => "CUSTOM",
            Self::Decrypt => "DECRYPT",
            Self::Delete => "DELETE",
            Self::Tag => "TAG",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COPY", "CUSTOM", "DECRYPT", "DELETE", "TAG"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The basic building block of a workflow.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowStep {
    props: ::forma_core::schema::Props,
}
impl WorkflowStep {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Details for a step that performs a file copy.
    pub fn copy_step_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WorkflowStepCopyStepDetails>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Details for a step that invokes a lambda function.
    pub fn custom_step_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WorkflowStepCustomStepDetails>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Details for a step that performs a file decryption.
    pub fn decrypt_step_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WorkflowStepDecryptStepDetails>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Details for a step that deletes the file.
    pub fn delete_step_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WorkflowStepDeleteStepDetails>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Details for a step that creates one or more tags.
    pub fn tag_step_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WorkflowStepTagStepDetails>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for WorkflowStep {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkflowStep> for ::forma_core::Value<WorkflowStep> {
    fn from(v: WorkflowStep) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKFLOW_STEP_TYPE.properties))
    }
}

/// Creates a key-value pair for a specific resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TRUE`, `FALSE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OverwriteExisting {
    /// `TRUE`
    True,
    /// `FALSE`
    False,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OverwriteExisting {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::True => "TRUE",
            Self::False => "FALSE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TRUE", "FALSE"]
    }
}
impl ::std::convert::From<OverwriteExisting> for ::forma_core::Value<OverwriteExisting> {
    fn from(v: OverwriteExisting) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OverwriteExisting {}

/// Details for a step that performs a file copy.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowStepCopyStepDetails {
    props: ::forma_core::schema::Props,
}
impl WorkflowStepCopyStepDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the location for the file being copied.
    pub fn destination_file_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3FileLocation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the step, used as an identifier.
    ///
    /// Allowed: length 0 to 30.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A flag that indicates whether or not to overwrite an existing file of the same name.
    pub fn overwrite_existing(mut self, value: impl ::forma_core::schema::EnumArg<OverwriteExisting>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Specifies which file to use as input to the workflow step.
    ///
    /// Allowed: length 0 to 256.
    pub fn source_file_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkflowStepCopyStepDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkflowStepCopyStepDetails> for ::forma_core::Value<WorkflowStepCopyStepDetails> {
    fn from(v: WorkflowStepCopyStepDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKFLOW_STEP_COPY_STEP_DETAILS_TYPE.properties))
    }
}

/// Details for a step that invokes a lambda function.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowStepCustomStepDetails {
    props: ::forma_core::schema::Props,
}
impl WorkflowStepCustomStepDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the step, used as an identifier.
    ///
    /// Allowed: length 0 to 30.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies which file to use as input to the workflow step.
    ///
    /// Allowed: length 0 to 256.
    pub fn source_file_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN for the lambda function that is being called.
    ///
    /// Allowed: length 0 to 170.
    pub fn target(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Timeout, in seconds, for the step.
    ///
    /// Allowed: 1 to 1800.
    pub fn timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkflowStepCustomStepDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkflowStepCustomStepDetails> for ::forma_core::Value<WorkflowStepCustomStepDetails> {
    fn from(v: WorkflowStepCustomStepDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKFLOW_STEP_CUSTOM_STEP_DETAILS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PGP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkflowStepDecryptStepDetailsType {
    /// `PGP`
    Pgp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WorkflowStepDecryptStepDetailsType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pgp => "PGP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PGP"]
    }
}
impl ::std::convert::From<WorkflowStepDecryptStepDetailsType>
    for ::forma_core::Value<WorkflowStepDecryptStepDetailsType>
{
    fn from(v: WorkflowStepDecryptStepDetailsType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WorkflowStepDecryptStepDetailsType {}

/// Details for a step that performs a file decryption.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowStepDecryptStepDetails {
    props: ::forma_core::schema::Props,
}
impl WorkflowStepDecryptStepDetails {
    /// A new value with its required properties: `DestinationFileLocation`, `Type`.
    pub fn new(
        destination_file_location: impl ::std::convert::Into<::forma_core::Value<InputFileLocation>>,
        type_: impl ::forma_core::schema::EnumArg<WorkflowStepDecryptStepDetailsType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination_file_location.into().into_expr());
        props.set(4, type_.into_enum_expr());
        Self { props }
    }
    /// The name of the step, used as an identifier.
    ///
    /// Allowed: length 0 to 30.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A flag that indicates whether or not to overwrite an existing file of the same name.
    pub fn overwrite_existing(mut self, value: impl ::forma_core::schema::EnumArg<OverwriteExisting>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Specifies which file to use as input to the workflow step.
    ///
    /// Allowed: length 0 to 256.
    pub fn source_file_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WorkflowStepDecryptStepDetails> for ::forma_core::Value<WorkflowStepDecryptStepDetails> {
    fn from(v: WorkflowStepDecryptStepDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKFLOW_STEP_DECRYPT_STEP_DETAILS_TYPE.properties))
    }
}

/// Details for a step that deletes the file.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowStepDeleteStepDetails {
    props: ::forma_core::schema::Props,
}
impl WorkflowStepDeleteStepDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the step, used as an identifier.
    ///
    /// Allowed: length 0 to 30.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies which file to use as input to the workflow step.
    ///
    /// Allowed: length 0 to 256.
    pub fn source_file_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkflowStepDeleteStepDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkflowStepDeleteStepDetails> for ::forma_core::Value<WorkflowStepDeleteStepDetails> {
    fn from(v: WorkflowStepDeleteStepDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKFLOW_STEP_DELETE_STEP_DETAILS_TYPE.properties))
    }
}

/// Details for a step that creates one or more tags.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowStepTagStepDetails {
    props: ::forma_core::schema::Props,
}
impl WorkflowStepTagStepDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the step, used as an identifier.
    ///
    /// Allowed: length 0 to 30.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies which file to use as input to the workflow step.
    ///
    /// Allowed: length 0 to 256.
    pub fn source_file_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Array that contains from 1 to 10 key/value pairs.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<S3Tag>>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkflowStepTagStepDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkflowStepTagStepDetails> for ::forma_core::Value<WorkflowStepTagStepDetails> {
    fn from(v: WorkflowStepTagStepDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKFLOW_STEP_TAG_STEP_DETAILS_TYPE.properties))
    }
}

/// Specifies the location for the file being copied.
#[derive(Debug, Clone, PartialEq)]
pub struct S3FileLocation {
    props: ::forma_core::schema::Props,
}
impl S3FileLocation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the details for a S3 file.
    pub fn s3_file_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3InputFileLocation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3FileLocation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3FileLocation> for ::forma_core::Value<S3FileLocation> {
    fn from(v: S3FileLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_FILE_LOCATION_TYPE.properties))
    }
}

/// Specifies the location for the file being decrypted.
#[derive(Debug, Clone, PartialEq)]
pub struct InputFileLocation {
    props: ::forma_core::schema::Props,
}
impl InputFileLocation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the details for an EFS file.
    pub fn efs_file_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EfsInputFileLocation>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the details for a S3 file.
    pub fn s3_file_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3InputFileLocation>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputFileLocation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputFileLocation> for ::forma_core::Value<InputFileLocation> {
    fn from(v: InputFileLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_FILE_LOCATION_TYPE.properties))
    }
}

/// Specifies the key-value pair that are assigned to a file during the execution of a Tagging step.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Tag {
    props: ::forma_core::schema::Props,
}
impl S3Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3Tag> for ::forma_core::Value<S3Tag> {
    fn from(v: S3Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_TAG_TYPE.properties))
    }
}

/// Specifies the details for a S3 file.
#[derive(Debug, Clone, PartialEq)]
pub struct S3InputFileLocation {
    props: ::forma_core::schema::Props,
}
impl S3InputFileLocation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the S3 bucket that contains the file.
    ///
    /// Allowed: length 3 to 63.
    pub fn bucket(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name assigned to the file when it was created in S3.
    ///
    /// Allowed: length 0 to 1024.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3InputFileLocation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3InputFileLocation> for ::forma_core::Value<S3InputFileLocation> {
    fn from(v: S3InputFileLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_INPUT_FILE_LOCATION_TYPE.properties))
    }
}

/// Specifies the details for an EFS file.
#[derive(Debug, Clone, PartialEq)]
pub struct EfsInputFileLocation {
    props: ::forma_core::schema::Props,
}
impl EfsInputFileLocation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the EFS filesystem that contains the file.
    ///
    /// Allowed: length 0 to 128.
    pub fn file_system_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name assigned to the file when it was created in EFS.
    ///
    /// Allowed: length 1 to 65536.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EfsInputFileLocation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EfsInputFileLocation> for ::forma_core::Value<EfsInputFileLocation> {
    fn from(v: EfsInputFileLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EFS_INPUT_FILE_LOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::Transfer::Workflow`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Transfer::Workflow",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\- ]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "OnExceptionSteps",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&WORKFLOW_STEP_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(8) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Steps",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&WORKFLOW_STEP_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(8) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["WorkflowId", "Arn"],
};

static WORKFLOW_STEP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Workflow.WorkflowStep",
    properties: &[
        ::forma_core::schema::Property {
            name: "CopyStepDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKFLOW_STEP_COPY_STEP_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomStepDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKFLOW_STEP_CUSTOM_STEP_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DecryptStepDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKFLOW_STEP_DECRYPT_STEP_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeleteStepDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKFLOW_STEP_DELETE_STEP_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TagStepDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKFLOW_STEP_TAG_STEP_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["COPY", "CUSTOM", "DECRYPT", "DELETE", "TAG"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Workflow.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static WORKFLOW_STEP_COPY_STEP_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Workflow.WorkflowStepCopyStepDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationFileLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_FILE_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w-]*$"),
                min_length: Some(0),
                max_length: Some(30),
            }),
        },
        ::forma_core::schema::Property {
            name: "OverwriteExisting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TRUE", "FALSE"]),
        },
        ::forma_core::schema::Property {
            name: "SourceFileLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\$\\{(\\w+.)+\\w+\\}$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static WORKFLOW_STEP_CUSTOM_STEP_DETAILS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Transfer::Workflow.WorkflowStepCustomStepDetails",
        properties: &[
            ::forma_core::schema::Property {
                name: "Name",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\w-]*$"),
                    min_length: Some(0),
                    max_length: Some(30),
                }),
            },
            ::forma_core::schema::Property {
                name: "SourceFileLocation",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\$\\{(\\w+.)+\\w+\\}$"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "Target",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:[a-z-]+:lambda:.*$"),
                    min_length: Some(0),
                    max_length: Some(170),
                }),
            },
            ::forma_core::schema::Property {
                name: "TimeoutSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(1800.0),
                }),
            },
        ],
        rules: &[],
    };

static WORKFLOW_STEP_DECRYPT_STEP_DETAILS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Transfer::Workflow.WorkflowStepDecryptStepDetails",
        properties: &[
            ::forma_core::schema::Property {
                name: "DestinationFileLocation",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&INPUT_FILE_LOCATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Name",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\w-]*$"),
                    min_length: Some(0),
                    max_length: Some(30),
                }),
            },
            ::forma_core::schema::Property {
                name: "OverwriteExisting",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["TRUE", "FALSE"]),
            },
            ::forma_core::schema::Property {
                name: "SourceFileLocation",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\$\\{(\\w+.)+\\w+\\}$"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["PGP"]),
            },
        ],
        rules: &[],
    };

static WORKFLOW_STEP_DELETE_STEP_DETAILS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Transfer::Workflow.WorkflowStepDeleteStepDetails",
        properties: &[
            ::forma_core::schema::Property {
                name: "Name",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\w-]*$"),
                    min_length: Some(0),
                    max_length: Some(30),
                }),
            },
            ::forma_core::schema::Property {
                name: "SourceFileLocation",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\$\\{(\\w+.)+\\w+\\}$"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
        ],
        rules: &[],
    };

static WORKFLOW_STEP_TAG_STEP_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Workflow.WorkflowStepTagStepDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w-]*$"),
                min_length: Some(0),
                max_length: Some(30),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceFileLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\$\\{(\\w+.)+\\w+\\}$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&S3_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static S3_FILE_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Workflow.S3FileLocation",
    properties: &[::forma_core::schema::Property {
        name: "S3FileLocation",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_INPUT_FILE_LOCATION_TYPE),
    }],
    rules: &[],
};

static INPUT_FILE_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Workflow.InputFileLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "EfsFileLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EFS_INPUT_FILE_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3FileLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_INPUT_FILE_LOCATION_TYPE),
        },
    ],
    rules: &[],
};

static S3_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Workflow.S3Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static S3_INPUT_FILE_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Workflow.S3InputFileLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static EFS_INPUT_FILE_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Transfer::Workflow.EfsInputFileLocation",
properties: &[
::forma_core::schema::Property { name: "FileSystemId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:(access-point/fsap|file-system/fs)-[0-9a-f]{8,40}|fs(ap)?-[0-9a-f]{8,40})$"), min_length: Some(0), max_length: Some(128) }) },
::forma_core::schema::Property { name: "Path", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\\x00]+$"), min_length: Some(1), max_length: Some(65536) }) },
],
rules: &[],
};
