// @generated from AWS::CodeCommit::Repository (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CodeCommit::Repository` and its property types.

/// Resource Type definition for AWS::CodeCommit::Repository
///
/// CloudFormation type `AWS::CodeCommit::Repository`.
#[derive(Debug, Clone, PartialEq)]
pub struct Repository {
    props: ::forma_core::schema::Props,
}
impl Repository {
    /// A new resource with its required properties: `RepositoryName`.
    #[track_caller]
    pub fn new(repository_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, repository_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Information about code to be committed to a repository after it is created in an AWS CloudFormation stack.
    #[track_caller]
    pub fn code(mut self, value: impl ::std::convert::Into<::forma_core::Value<Code>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the AWS Key Management Service encryption key used to encrypt and decrypt the repository.
    ///
    /// Allowed: length 1 to 100.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A comment or description about the new repository.
    ///
    /// Allowed: length 1 to 1000.
    #[track_caller]
    pub fn repository_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more tag key-value pairs to use when tagging this repository.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about a trigger for a repository.
    #[track_caller]
    pub fn triggers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RepositoryTrigger>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Repository {
    type Attributes = RepositoryAttributes;
    fn type_name(&self) -> &str {
        "AWS::CodeCommit::Repository"
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
/// The attributes of a `AWS::CodeCommit::Repository` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RepositoryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RepositoryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RepositoryAttributes {
    /// `Fn::GetAtt` `CloneUrlHttp`.
    pub fn clone_url_http(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CloneUrlHttp")
    }
    /// `Fn::GetAtt` `RepositoryId`.
    pub fn repository_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RepositoryId")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
    /// `Fn::GetAtt` `CloneUrlSsh`.
    pub fn clone_url_ssh(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CloneUrlSsh")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// Information about code to be committed to a repository after it is created in an AWS CloudFormation stack.
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    props: ::forma_core::schema::Props,
}
impl Code {
    /// A new value with its required properties: `S3`.
    pub fn new(s3: impl ::std::convert::Into<::forma_core::Value<S3>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, s3.into().into_expr());
        Self { props }
    }
    /// Optional.
    ///
    /// Allowed: length 1 to 256.
    pub fn branch_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Code> for ::forma_core::Value<Code> {
    fn from(v: Code) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_TYPE.properties))
    }
}

/// A tag is a key-value pair that is used to manage the resource.
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

/// The values CloudFormation documents: `all`, `createReference`, `deleteReference`, `updateReference`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Events {
    /// `all`
    All,
    /// `createReference`
    CreateReference,
    /// `deleteReference`
    DeleteReference,
    /// `updateReference`
    UpdateReference,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Events {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::CreateReference => "createReference",
            Self::DeleteReference => "deleteReference",
            Self::UpdateReference => "updateReference",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["all", "createReference", "deleteReference", "updateReference"]
    }
}
impl ::std::convert::From<Events> for ::forma_core::Value<Events> {
    fn from(v: Events) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Events {}

/// Information about a trigger for a repository.
#[derive(Debug, Clone, PartialEq)]
pub struct RepositoryTrigger {
    props: ::forma_core::schema::Props,
}
impl RepositoryTrigger {
    /// A new value with its required properties: `DestinationArn`, `Events`, `Name`.
    pub fn new(
        destination_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        events: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Events>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, destination_arn.into().into_expr());
        props.set(3, events.into().into_expr());
        props.set(4, name.into().into_expr());
        Self { props }
    }
    /// The branches to be included in the trigger configuration.
    pub fn branches(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Any custom data associated with the trigger to be included in the information sent to the target of the trigger.
    pub fn custom_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RepositoryTrigger> for ::forma_core::Value<RepositoryTrigger> {
    fn from(v: RepositoryTrigger) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPOSITORY_TRIGGER_TYPE.properties))
    }
}

/// Information about the Amazon S3 bucket that contains a ZIP file of code to be committed to the repository.
#[derive(Debug, Clone, PartialEq)]
pub struct S3 {
    props: ::forma_core::schema::Props,
}
impl S3 {
    /// A new value with its required properties: `Bucket`, `Key`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(1, key.into().into_expr());
        Self { props }
    }
    /// The object version of the ZIP file, if versioning is enabled for the Amazon S3 bucket.
    ///
    /// Allowed: length 1 to 1024.
    pub fn object_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3> for ::forma_core::Value<S3> {
    fn from(v: S3) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_TYPE.properties))
    }
}

/// The schema of `AWS::CodeCommit::Repository`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CodeCommit::Repository",
    properties: &[
        ::forma_core::schema::Property {
            name: "Code",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9:/_-]+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "RepositoryDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "RepositoryName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._\\-]+(?<!\\.git)$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
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
        ::forma_core::schema::Property {
            name: "Triggers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REPOSITORY_TRIGGER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["CloneUrlHttp", "RepositoryId", "Name", "CloneUrlSsh", "Arn"],
};

static CODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeCommit::Repository.Code",
    properties: &[
        ::forma_core::schema::Property {
            name: "BranchName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeCommit::Repository.Tag",
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

static REPOSITORY_TRIGGER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeCommit::Repository.RepositoryTrigger",
    properties: &[
        ::forma_core::schema::Property {
            name: "Branches",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CustomData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Events",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["all", "createReference", "deleteReference", "updateReference"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static S3_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeCommit::Repository.S3",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ObjectVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
