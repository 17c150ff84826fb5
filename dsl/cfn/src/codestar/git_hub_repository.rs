// @generated from AWS::CodeStar::GitHubRepository (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CodeStar::GitHubRepository` and its property types.

/// Resource Type definition for AWS::CodeStar::GitHubRepository
///
/// CloudFormation type `AWS::CodeStar::GitHubRepository`.
#[derive(Debug, Clone, PartialEq)]
pub struct GitHubRepository {
    props: ::forma_core::schema::Props,
}
impl GitHubRepository {
    /// A new resource with its required properties: `RepositoryName`, `RepositoryOwner`.
    #[track_caller]
    pub fn new(
        repository_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        repository_owner: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, repository_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, repository_owner.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Code`.
    #[track_caller]
    pub fn code(mut self, value: impl ::std::convert::Into<::forma_core::Value<Code>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ConnectionArn`.
    #[track_caller]
    pub fn connection_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnableIssues`.
    #[track_caller]
    pub fn enable_issues(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IsPrivate`.
    #[track_caller]
    pub fn is_private(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RepositoryAccessToken`.
    #[track_caller]
    pub fn repository_access_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RepositoryDescription`.
    #[track_caller]
    pub fn repository_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for GitHubRepository {
    type Attributes = GitHubRepositoryAttributes;
    fn type_name(&self) -> &str {
        "AWS::CodeStar::GitHubRepository"
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
/// The attributes of a `AWS::CodeStar::GitHubRepository` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GitHubRepositoryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GitHubRepositoryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GitHubRepositoryAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Code` property type of `AWS::CodeStar::GitHubRepository`.
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    props: ::forma_core::schema::Props,
}
impl Code {
    /// A new value with its required properties: `S3`.
    pub fn new(s3: impl ::std::convert::Into<::forma_core::Value<S3>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Code> for ::forma_core::Value<Code> {
    fn from(v: Code) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_TYPE.properties))
    }
}

/// The `S3` property type of `AWS::CodeStar::GitHubRepository`.
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
    /// `ObjectVersion`.
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

/// The schema of `AWS::CodeStar::GitHubRepository`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CodeStar::GitHubRepository",
    properties: &[
        ::forma_core::schema::Property {
            name: "Code",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EnableIssues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsPrivate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RepositoryAccessToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RepositoryDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RepositoryName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RepositoryOwner",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static CODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeStar::GitHubRepository.Code",
    properties: &[::forma_core::schema::Property {
        name: "S3",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_TYPE),
    }],
    rules: &[],
};

static S3_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeStar::GitHubRepository.S3",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ObjectVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
