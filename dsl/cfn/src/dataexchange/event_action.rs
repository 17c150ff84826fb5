// @generated from AWS::DataExchange::EventAction (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataExchange::EventAction` and its property types.

/// An event action is an AWS Data Exchange resource that automatically exports data set revisions to Amazon S3 when a revision is published.
///
/// CloudFormation type `AWS::DataExchange::EventAction`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventAction {
    props: ::forma_core::schema::Props,
}
impl EventAction {
    /// A new resource with its required properties: `Action`, `Event`.
    #[track_caller]
    pub fn new(
        action: impl ::std::convert::Into<::forma_core::Value<Action>>,
        event: impl ::std::convert::Into<::forma_core::Value<Event>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, action.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, event.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags for the event action.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EventAction {
    type Attributes = EventActionAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataExchange::EventAction"
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
/// The attributes of a `AWS::DataExchange::EventAction` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EventActionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EventActionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EventActionAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `EventActionId`.
    pub fn event_action_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EventActionId")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// What occurs after a certain event.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    props: ::forma_core::schema::Props,
}
impl Action {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Details of the operation to be performed by the job.
    pub fn export_revision_to_s3(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoExportRevisionToS3RequestDetails>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Action {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_TYPE.properties))
    }
}

/// What occurs to start an action.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    props: ::forma_core::schema::Props,
}
impl Event {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Information about the published revision.
    pub fn revision_published(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RevisionPublished>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Event {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Event> for ::forma_core::Value<Event> {
    fn from(v: Event) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// Details of the operation to be performed by the job.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoExportRevisionToS3RequestDetails {
    props: ::forma_core::schema::Props,
}
impl AutoExportRevisionToS3RequestDetails {
    /// A new value with its required properties: `RevisionDestination`.
    pub fn new(
        revision_destination: impl ::std::convert::Into<::forma_core::Value<AutoExportRevisionDestinationEntry>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, revision_destination.into().into_expr());
        Self { props }
    }
    /// Encryption configuration of the export job.
    pub fn encryption(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExportServerSideEncryption>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AutoExportRevisionToS3RequestDetails>
    for ::forma_core::Value<AutoExportRevisionToS3RequestDetails>
{
    fn from(v: AutoExportRevisionToS3RequestDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_EXPORT_REVISION_TO_S3_REQUEST_DETAILS_TYPE.properties))
    }
}

/// Information about the published revision.
#[derive(Debug, Clone, PartialEq)]
pub struct RevisionPublished {
    props: ::forma_core::schema::Props,
}
impl RevisionPublished {
    /// A new value with its required properties: `DataSetId`.
    pub fn new(data_set_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_set_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RevisionPublished> for ::forma_core::Value<RevisionPublished> {
    fn from(v: RevisionPublished) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REVISION_PUBLISHED_TYPE.properties))
    }
}

/// The values CloudFormation documents: `aws:kms`, `AES256`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `aws:kms`
    AwsKms,
    /// `AES256`
    Aes256,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsKms => "aws:kms",
            Self::Aes256 => "AES256",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["aws:kms", "AES256"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// Encryption configuration of the export job.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportServerSideEncryption {
    props: ::forma_core::schema::Props,
}
impl ExportServerSideEncryption {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the AWS KMS key you want to use to encrypt the Amazon S3 objects.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ExportServerSideEncryption> for ::forma_core::Value<ExportServerSideEncryption> {
    fn from(v: ExportServerSideEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPORT_SERVER_SIDE_ENCRYPTION_TYPE.properties))
    }
}

/// A revision destination is the Amazon S3 bucket folder destination to where the export will be sent.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoExportRevisionDestinationEntry {
    props: ::forma_core::schema::Props,
}
impl AutoExportRevisionDestinationEntry {
    /// A new value with its required properties: `Bucket`.
    pub fn new(bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        Self { props }
    }
    /// A string representing the pattern for generated names of the individual assets in the revision.
    pub fn key_pattern(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AutoExportRevisionDestinationEntry>
    for ::forma_core::Value<AutoExportRevisionDestinationEntry>
{
    fn from(v: AutoExportRevisionDestinationEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_EXPORT_REVISION_DESTINATION_ENTRY_TYPE.properties))
    }
}

/// The schema of `AWS::DataExchange::EventAction`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataExchange::EventAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Event",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&EVENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "EventActionId", "CreatedAt", "UpdatedAt"],
};

static ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataExchange::EventAction.Action",
    properties: &[::forma_core::schema::Property {
        name: "ExportRevisionToS3",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AUTO_EXPORT_REVISION_TO_S3_REQUEST_DETAILS_TYPE),
    }],
    rules: &[],
};

static EVENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataExchange::EventAction.Event",
    properties: &[::forma_core::schema::Property {
        name: "RevisionPublished",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&REVISION_PUBLISHED_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataExchange::EventAction.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static AUTO_EXPORT_REVISION_TO_S3_REQUEST_DETAILS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DataExchange::EventAction.AutoExportRevisionToS3RequestDetails",
        properties: &[
            ::forma_core::schema::Property {
                name: "Encryption",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&EXPORT_SERVER_SIDE_ENCRYPTION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RevisionDestination",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AUTO_EXPORT_REVISION_DESTINATION_ENTRY_TYPE),
            },
        ],
        rules: &[],
    };

static REVISION_PUBLISHED_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataExchange::EventAction.RevisionPublished",
    properties: &[::forma_core::schema::Property {
        name: "DataSetId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9]{30,40}$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static EXPORT_SERVER_SIDE_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataExchange::EventAction.ExportServerSideEncryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["aws:kms", "AES256"]),
        },
    ],
    rules: &[],
};

static AUTO_EXPORT_REVISION_DESTINATION_ENTRY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DataExchange::EventAction.AutoExportRevisionDestinationEntry",
        properties: &[
            ::forma_core::schema::Property {
                name: "Bucket",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "KeyPattern",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };
